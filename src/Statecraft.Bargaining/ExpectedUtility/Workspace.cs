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
        Group = new int[stride];
        Representative = new int[stride];
        LnDistance = new double[capacity * stride];
        LnBetter = new double[capacity * stride];
        LnWorse = new double[capacity * stride];
        Row = new double[stride];
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

    /// <summary>Group[i]: the index of actor i's position among the distinct positions (sorted).</summary>
    public int[] Group { get; }

    /// <summary>Representative[p]: one actor standing at distinct position p.</summary>
    public int[] Representative { get; }

    /// <summary>The number of distinct positions this round.</summary>
    public int Distinct { get; private set; }

    /// <summary>ln d between distinct positions (row length <see cref="Stride"/>), −∞ on the diagonal.</summary>
    public double[] LnDistance { get; }

    /// <summary>ln(0.5 − 0.5 d) between distinct positions: the base of U_s (Eq. B8).</summary>
    public double[] LnBetter { get; }

    /// <summary>ln(0.5 + 0.5 d) between distinct positions: the base of U_f (Eq. B8).</summary>
    public double[] LnWorse { get; }

    /// <summary>Scratch row over distinct positions.</summary>
    public double[] Row { get; }

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
        Distinct = 0;
        for (var m = 0; m < n; m++)
        {
            Rank[Order[m]] = m;
            Sorted[m] = X[Order[m]];
            if (m == 0 || Sorted[m] != Sorted[m - 1])
            {
                Representative[Distinct++] = Order[m];
            }

            Group[Order[m]] = Distinct - 1;
        }

        var inverse = 1 / range;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = Math.Abs(X[i] - X[j]) * inverse;
                Distance[(i * s) + j] = d > Utilities.NoiseFloor ? d : 0;
            }
        }
    }

    /// <summary>Eq. B5 with every voter risk-neutral: the votes are the distances themselves.</summary>
    public void TallyNeutralVotes(bool needAllPairs) => Tally(Distance, needAllPairs);

    /// <summary>
    /// Eq. B5 with each voter's own exponent: vote[a,k] = exp(r_k ln d_ak), evaluated once per voter and distinct
    /// position (actors who share a position share the value), vectorised over positions.
    /// </summary>
    public void TallyRiskAdjustedVotes(bool needAllPairs)
    {
        int n = N, s = Stride;
        for (var k = 0; k < n; k++)
        {
            ExpRow(Risk[k], LnDistance.AsSpan(Group[k] * s, s));
            for (var a = 0; a < n; a++)
            {
                Votes[(a * s) + k] = Row[Group[a]];
            }
        }

        Tally(Votes, needAllPairs);
    }

    /// <summary>
    /// U_s, U_f and U_sq with each challenger's exponent (Eq. B8). The logarithms depend only on the distance, so they
    /// are taken once per pair of distinct positions; the powers once per actor and distinct position.
    /// </summary>
    public void FillUtilities()
    {
        int n = N, s = Stride;
        FillLogTables();
        for (var i = 0; i < n; i++)
        {
            var r = Risk[i];
            var row = Group[i] * s;
            ExpRow(r, LnBetter.AsSpan(row, s));
            for (var j = 0; j < n; j++)
            {
                Success[(i * s) + j] = 2 - (4 * Row[Group[j]]);
            }

            ExpRow(r, LnWorse.AsSpan(row, s));
            for (var j = 0; j < n; j++)
            {
                Failure[(i * s) + j] = 2 - (4 * Row[Group[j]]);
            }

            StatusQuo[i] = Utilities.StatusQuo(r);
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
        Array.Clear(LnDistance);
        Array.Clear(LnBetter);
        Array.Clear(LnWorse);
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

        for (var i = 0; i < n; i++)
        {
            FillSupportRow(i);
        }

        AllPairs = needAllPairs ? SumAllPairs(votes) : 0;
    }

    /// <summary>
    /// The supports of i against every j. Taking j in position order makes the midpoint rise, so the two counts of
    /// voters below it only move forward: O(n) per row.
    /// </summary>
    private void FillSupportRow(int i)
    {
        int n = N, rowI = i * (n + 1);
        var xi = X[i];
        int below = 0, atOrBelow = 0;
        for (var t = 0; t < n; t++)
        {
            var j = Order[t];
            var xj = X[j];
            if (xj == xi)
            {
                Numerator[(i * n) + j] = 0;
                continue;
            }

            var mid = xi + ((xj - xi) / 2);
            while (below < n && Sorted[below] < mid)
            {
                below++;
            }

            while (atOrBelow < n && Sorted[atOrBelow] <= mid)
            {
                atOrBelow++;
            }

            var rowJ = j * (n + 1);
            var support = xi < xj
                ? Prefix[rowJ + below] - Prefix[rowI + below]
                : (Prefix[rowJ + n] - Prefix[rowJ + atOrBelow]) - (Prefix[rowI + n] - Prefix[rowI + atOrBelow]);
            Numerator[(i * n) + j] = support > 0 ? support : 0;
        }
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

    /// <summary>ln d, ln(0.5 − 0.5 d), ln(0.5 + 0.5 d) for every pair of distinct positions (bases at the noise floor → −∞).</summary>
    private void FillLogTables()
    {
        int m = Distinct, s = Stride;
        for (var p = 0; p < m; p++)
        {
            for (var q = p; q < m; q++)
            {
                var d = Distance[(Representative[p] * s) + Representative[q]];
                var better = 0.5 - (0.5 * d);
                SetPair(LnDistance, p, q, d > 0 ? Math.Log(d) : double.NegativeInfinity);
                SetPair(LnBetter, p, q, better > Utilities.NoiseFloor ? Math.Log(better) : double.NegativeInfinity);
                SetPair(LnWorse, p, q, Math.Log(0.5 + (0.5 * d)));
            }
        }
    }

    private void SetPair(double[] table, int p, int q, double value)
    {
        table[(p * Stride) + q] = value;
        table[(q * Stride) + p] = value;
    }

    /// <summary>Row[q] = exp(r · ln[q]) for the distinct positions q, vectorised (padding yields harmless values).</summary>
    private void ExpRow(double r, Span<double> ln)
    {
        var scale = new Vector<double>(r);
        var source = Cast(ln);
        var target = Cast(Row.AsSpan(0, Stride));
        var used = (Distinct + Vector<double>.Count - 1) / Vector<double>.Count;
        for (var v = 0; v < used; v++)
        {
            target[v] = Vector.Exp(scale * source[v]);
        }
    }

    private static Span<Vector<double>> Cast(Span<double> row) => MemoryMarshal.Cast<double, Vector<double>>(row);

    private static int RoundUp(int n) => (n + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
}
