using System.Numerics;
using System.Runtime.InteropServices;

namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// Scratch arrays for one expected-utility run, reused across runs on the same thread so that a run allocates
/// only its result. Matrices are flat and row-major with rows padded to a whole number of SIMD vectors
/// (<see cref="Stride"/>); padding holds zero weights and zero distances, so it never changes a sum.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? t_cached;

    private Workspace(int capacity)
    {
        Capacity = capacity;
        var stride = RoundUp(capacity);
        X = new double[stride];
        Next = new double[stride];
        Weight = new double[stride];
        Salience = new double[stride];
        Risk = new double[stride];
        Security = new double[stride];
        StatusQuo = new double[stride];
        Order = new int[stride];
        Rank = new int[stride];
        Sorted = new double[stride];
        Prefix = new double[capacity * (capacity + 1)];
        Distance = new double[capacity * stride];
        LnDistance = new double[capacity * stride];
        Votes = new double[capacity * stride];
        Numerator = new double[capacity * capacity];
        Success = new double[capacity * stride];
        Failure = new double[capacity * stride];
    }

    public int Capacity { get; }

    public int N { get; private set; }

    /// <summary>Row length of every matrix: N rounded up to the SIMD width.</summary>
    public int Stride { get; private set; }

    /// <summary>Positions at the start of the round.</summary>
    public double[] X { get; }

    /// <summary>Positions after the round's moves (simultaneous update, MODEL-NOTES.md lesson 7).</summary>
    public double[] Next { get; }

    /// <summary>Eq. B1: w_k = c_k s_k (0 in the padding).</summary>
    public double[] Weight { get; }

    public double[] Salience { get; }

    /// <summary>The risk exponents r_i of the current round (1 in the padding).</summary>
    public double[] Risk { get; }

    /// <summary>Security sums S_i (Eq. B12).</summary>
    public double[] Security { get; }

    /// <summary>U_sq for each actor's exponent (Eq. B8).</summary>
    public double[] StatusQuo { get; }

    /// <summary>Actor indices sorted by position (ties by index).</summary>
    public int[] Order { get; }

    /// <summary>Rank[i]: where actor i sits in <see cref="Order"/>.</summary>
    public int[] Rank { get; }

    /// <summary>The positions in sorted order.</summary>
    public double[] Sorted { get; }

    /// <summary>Prefix[a·(n+1) + m] = Σ over the m leftmost voters k of w_k vote[a,k].</summary>
    public double[] Prefix { get; }

    /// <summary>|x_i − x_j| / R.</summary>
    public double[] Distance { get; }

    /// <summary>ln(|x_i − x_j| / R), −∞ on the diagonal.</summary>
    public double[] LnDistance { get; }

    /// <summary>Votes[a·S + k] = voter k's risk-adjusted distance to position a (Eq. B5); contiguous over voters.</summary>
    public double[] Votes { get; }

    /// <summary>Numerator[i·n + j] = Σ_k w_k max(0, vote[j,k] − vote[i,k]): the support for i against j (Eq. B6).</summary>
    public double[] Numerator { get; }

    /// <summary>U_s of challenger i against j with r_i (Eq. B8).</summary>
    public double[] Success { get; }

    /// <summary>U_f of challenger i against j with r_i (Eq. B8).</summary>
    public double[] Failure { get; }

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

        cached.Reset(n);
        return cached;
    }

    /// <summary>Fills <see cref="Distance"/> from <see cref="X"/> with range <paramref name="range"/>.</summary>
    public void FillDistances(double range)
    {
        int n = N, s = Stride;
        Spatial.SpatialStatistics.SortIndices(X.AsSpan(0, n), Order.AsSpan(0, n));
        for (var m = 0; m < n; m++)
        {
            Rank[Order[m]] = m;
            Sorted[m] = X[Order[m]];
        }

        var inverse = 1 / range;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                Distance[(i * s) + j] = Math.Abs(X[i] - X[j]) * inverse;
            }
        }
    }

    /// <summary>Eq. B5 with every voter risk-neutral: the votes are the distances themselves.</summary>
    public void TallyNeutralVotes(bool needAllPairs) => Tally(Distance, needAllPairs);

    /// <summary>Eq. B5 with each voter's own exponent: vote[a,k] = exp(r_k ln d_ak), vectorised.</summary>
    public void TallyRiskAdjustedVotes(bool needAllPairs)
    {
        var s = Stride;
        var risk = Cast(Risk.AsSpan(0, s));
        for (var a = 0; a < N; a++)
        {
            var ln = Cast(LnDistance.AsSpan(a * s, s));
            var votes = Cast(Votes.AsSpan(a * s, s));
            for (var v = 0; v < votes.Length; v++)
            {
                votes[v] = Vector.Exp(risk[v] * ln[v]);
            }
        }

        Tally(Votes, needAllPairs);
    }

    /// <summary>ln of every distance, and U_s, U_f, U_sq with each challenger's exponent (Eq. B8), vectorised.</summary>
    public void FillUtilities()
    {
        var s = Stride;
        var half = new Vector<double>(0.5);
        var two = new Vector<double>(2.0);
        var four = new Vector<double>(4.0);
        for (var i = 0; i < N; i++)
        {
            var r = new Vector<double>(Risk[i]);
            var d = Cast(Distance.AsSpan(i * s, s));
            var ln = Cast(LnDistance.AsSpan(i * s, s));
            var success = Cast(Success.AsSpan(i * s, s));
            var failure = Cast(Failure.AsSpan(i * s, s));
            for (var v = 0; v < d.Length; v++)
            {
                ln[v] = Vector.Log(d[v]);
                // Clamp the base at 0 before the fractional power: rounding can never yield NaN (lesson 4).
                var better = Vector.Max(half - (half * d[v]), Vector<double>.Zero);
                success[v] = two - (four * Vector.Exp(r * Vector.Log(better)));
                failure[v] = two - (four * Vector.Exp(r * Vector.Log(half + (half * d[v]))));
            }

            StatusQuo[i] = Utilities.StatusQuo(Risk[i]);
        }
    }

    /// <summary>P^i(j) by Eq. B6 (pairwise) or Eq. B7 (all pairs); 0 where the support is 0/0.</summary>
    public double Probability(int i, int j, ProbabilityDenominator denominator)
    {
        var n = N;
        var support = Numerator[(i * n) + j];
        var total = denominator == ProbabilityDenominator.Pairwise ? support + Numerator[(j * n) + i] : AllPairs;
        return total > 0 ? support / total : 0;
    }

    private void Reset(int n)
    {
        N = n;
        Stride = RoundUp(n);
        Array.Clear(Weight);
        Array.Clear(Distance);
        Array.Fill(Risk, 1.0);
    }

    /// <summary>
    /// Fills <see cref="Numerator"/> for the given votes. The voters who prefer i to j are exactly those strictly on
    /// i's side of the midpoint of x_i and x_j, a contiguous run of the sorted voters, so each support is a difference
    /// of prefix sums: O(n² log n) instead of O(n³).
    /// </summary>
    private void Tally(double[] votes, bool needAllPairs)
    {
        int n = N, s = Stride;
        for (var a = 0; a < n; a++)
        {
            var row = a * (n + 1);
            Prefix[row] = 0;
            for (var m = 0; m < n; m++)
            {
                var k = Order[m];
                Prefix[row + m + 1] = Prefix[row + m] + (Weight[k] * votes[(a * s) + k]);
            }
        }

        var sorted = Sorted.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                Numerator[(i * n) + j] = Support(i, j, sorted);
            }
        }

        AllPairs = needAllPairs ? SumAllPairs(votes) : 0;
    }

    private double Support(int i, int j, ReadOnlySpan<double> sorted)
    {
        double xi = X[i], xj = X[j];
        if (xi == xj)
        {
            return 0;
        }

        int n = N, rowI = i * (n + 1), rowJ = j * (n + 1);
        var mid = xi + ((xj - xi) / 2);
        double support;
        if (xi < xj)
        {
            var count = CountBelow(sorted, mid);
            support = Prefix[rowJ + count] - Prefix[rowI + count];
        }
        else
        {
            var from = CountAtOrBelow(sorted, mid);
            support = (Prefix[rowJ + n] - Prefix[rowJ + from]) - (Prefix[rowI + n] - Prefix[rowI + from]);
        }

        return support > 0 ? support : 0;
    }

    /// <summary>Σ_k w_k Σ_a Σ_b |vote[a,k] − vote[b,k]| (Eq. B7), walking outward from each voter: O(n²).</summary>
    private double SumAllPairs(double[] votes)
    {
        int n = N, s = Stride;
        double total = 0;
        for (var k = 0; k < n; k++)
        {
            // A voter's votes grow with distance, so walking outward from its own rank visits them in sorted order;
            // in that order the m-th value is larger than m values and smaller than n − 1 − m.
            int left = Rank[k] - 1, right = Rank[k] + 1;
            var pairs = votes[(k * s) + k] * (1 - n);
            for (var m = 1; m < n; m++)
            {
                var takeLeft = right >= n || (left >= 0 && X[k] - Sorted[left] <= Sorted[right] - X[k]);
                var a = takeLeft ? Order[left--] : Order[right++];
                pairs += votes[(a * s) + k] * ((2 * m) - n + 1);
            }

            total += Weight[k] * 2 * pairs;
        }

        return total;
    }

    private static int CountBelow(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int CountAtOrBelow(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static Span<Vector<double>> Cast(Span<double> row) => MemoryMarshal.Cast<double, Vector<double>>(row);

    private static int RoundUp(int n) => (n + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
}
