using System.Numerics;
using System.Runtime.InteropServices;

namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// Scratch arrays for one expected-utility run, reused across runs on the same thread so that a run allocates
/// only its result. Matrices are flat, row-major, n × n.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? t_cached;

    private Workspace(int capacity)
    {
        Capacity = capacity;
        X = new double[capacity];
        Next = new double[capacity];
        Weight = new double[capacity];
        Salience = new double[capacity];
        Risk = new double[capacity];
        Neutral = new double[capacity];
        Security = new double[capacity];
        Column = new double[capacity];
        Order = new int[capacity];
        Distance = new double[capacity * capacity];
        Votes = new double[capacity * capacity];
        Numerator = new double[capacity * capacity];
        Array.Fill(Neutral, 1.0);
    }

    public int Capacity { get; }

    public int N { get; private set; }

    /// <summary>Positions at the start of the round.</summary>
    public double[] X { get; }

    /// <summary>Positions after the round's moves (simultaneous update, MODEL-NOTES.md lesson 7).</summary>
    public double[] Next { get; }

    /// <summary>Eq. B1: w_k = c_k s_k.</summary>
    public double[] Weight { get; }

    public double[] Salience { get; }

    /// <summary>The risk exponents r_i of the current round.</summary>
    public double[] Risk { get; }

    /// <summary>All ones: the exponents of the first (risk-neutral) pass.</summary>
    public double[] Neutral { get; }

    /// <summary>Security sums S_i (Eq. B12).</summary>
    public double[] Security { get; }

    public double[] Column { get; }

    public int[] Order { get; }

    /// <summary>|x_i − x_j| / R.</summary>
    public double[] Distance { get; }

    /// <summary>Votes[a·n + k] = voter k's disutility of position a (Eq. B5), so a row is contiguous over voters.</summary>
    public double[] Votes { get; }

    /// <summary>Numerator[i·n + j] = Σ_k w_k max(0, Votes[j,k] − Votes[i,k]): the support for i against j.</summary>
    public double[] Numerator { get; }

    /// <summary>The all-pairs denominator of Eq. B7 for the current votes.</summary>
    public double AllPairs { get; private set; }

    public static Workspace Rent(int n)
    {
        var cached = t_cached;
        if (cached is null || cached.Capacity < n)
        {
            cached = new Workspace(Math.Max(n, 8));
            t_cached = cached;
        }

        cached.N = n;
        return cached;
    }

    /// <summary>Fills <see cref="Distance"/> from <see cref="X"/> with range <paramref name="range"/>.</summary>
    public void FillDistances(double range)
    {
        var n = N;
        var inverse = 1 / range;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                Distance[(i * n) + j] = Math.Abs(X[i] - X[j]) * inverse;
            }
        }
    }

    /// <summary>Eq. B5: each voter's (risk-adjusted) distance to each position, then the vote tallies of Eqs. B6-B7.</summary>
    public void FillVotes(ReadOnlySpan<double> voterRisk, bool needAllPairs)
    {
        var n = N;
        for (var a = 0; a < n; a++)
        {
            for (var k = 0; k < n; k++)
            {
                Votes[(a * n) + k] = Utilities.Power(Distance[(k * n) + a], voterRisk[k]);
            }
        }

        FillNumerators();
        AllPairs = needAllPairs ? SumAllPairs() : 0;
    }

    /// <summary>P^i(j) by Eq. B6 (pairwise) or Eq. B7 (all pairs); 0 where the support is 0/0.</summary>
    public double Probability(int i, int j, ProbabilityDenominator denominator)
    {
        var n = N;
        var support = Numerator[(i * n) + j];
        var total = denominator == ProbabilityDenominator.Pairwise ? support + Numerator[(j * n) + i] : AllPairs;
        return total > 0 ? support / total : 0;
    }

    private void FillNumerators()
    {
        var n = N;
        var weights = Weight.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            var rowI = Votes.AsSpan(i * n, n);
            for (var j = 0; j < n; j++)
            {
                Numerator[(i * n) + j] = i == j ? 0 : PositivePartDot(Votes.AsSpan(j * n, n), rowI, weights);
            }
        }
    }

    /// <summary>Σ_k w_k Σ_a Σ_b |Votes[a,k] − Votes[b,k]| (Eq. B7), by sorting each voter's column: O(n² log n).</summary>
    private double SumAllPairs()
    {
        var n = N;
        double total = 0;
        var column = Column.AsSpan(0, n);
        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                column[a] = Votes[(a * n) + k];
            }

            column.Sort();
            double pairs = 0;
            for (var m = 0; m < n; m++)
            {
                // In sorted order, value m is larger than m values and smaller than n − 1 − m values.
                pairs += column[m] * ((2 * m) - n + 1);
            }

            total += Weight[k] * 2 * pairs;
        }

        return total;
    }

    /// <summary>Σ_k w_k max(0, hi_k − lo_k), vectorised.</summary>
    private static double PositivePartDot(ReadOnlySpan<double> hi, ReadOnlySpan<double> lo, ReadOnlySpan<double> weights)
    {
        var width = Vector<double>.Count;
        var k = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && hi.Length >= width)
        {
            var acc = Vector<double>.Zero;
            var vh = MemoryMarshal.Cast<double, Vector<double>>(hi);
            var vl = MemoryMarshal.Cast<double, Vector<double>>(lo);
            var vw = MemoryMarshal.Cast<double, Vector<double>>(weights);
            for (var v = 0; v < vh.Length; v++)
            {
                acc += vw[v] * Vector.Max(vh[v] - vl[v], Vector<double>.Zero);
            }

            sum = Vector.Sum(acc);
            k = vh.Length * width;
        }

        for (; k < hi.Length; k++)
        {
            var d = hi[k] - lo[k];
            if (d > 0)
            {
                sum += weights[k] * d;
            }
        }

        return sum;
    }
}
