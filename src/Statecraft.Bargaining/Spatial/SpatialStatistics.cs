namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// Weighted statistics of positions on one issue scale, allocation-free so that the expected-utility model can call
/// them every round.
/// </summary>
internal static class SpatialStatistics
{
    /// <summary>Relative slack when testing whether the cumulative weight is exactly half the total.</summary>
    private const double HalfTolerance = 1e-12;

    /// <summary>
    /// Eq. B2: Σ w_i x_i / Σ w_i. When every weight is 0 the plain mean is returned, so the result is always defined.
    /// </summary>
    public static double WeightedMean(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        double total = 0, sum = 0, plain = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            total += weights[i];
            sum += weights[i] * positions[i];
            plain += positions[i];
        }

        return total > 0 ? sum / total : plain / positions.Length;
    }

    /// <summary>
    /// Eq. B3: the weighted median, which in one dimension with linear utilities is the Condorcet position (it wins
    /// every pairwise vote of Eq. B4). <paramref name="order"/> is scratch space of the same length as the positions.
    /// When every weight is 0 all actors count equally.
    /// </summary>
    public static double WeightedMedian(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, Span<int> order, MedianTie tie)
    {
        var n = positions.Length;
        order = order[..n];
        SortIndices(positions, order);
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            total += weights[i];
        }

        var equal = !(total > 0);
        if (equal)
        {
            total = n;
        }

        var half = total / 2;
        double below = 0;
        for (var m = 0; m < n; m++)
        {
            var k = order[m];
            below += equal ? 1 : weights[k];
            if (below < half * (1 - HalfTolerance))
            {
                continue;
            }

            return below <= half * (1 + HalfTolerance) ? ResolveTie(positions, order, m, tie) : positions[k];
        }

        return positions[order[n - 1]];
    }

    /// <summary>Allocating convenience overload of <see cref="WeightedMedian(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{int}, MedianTie)"/>.</summary>
    public static double WeightedMedian(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, MedianTie tie)
    {
        var order = positions.Length <= 256 ? stackalloc int[positions.Length] : new int[positions.Length];
        return WeightedMedian(positions, weights, order, tie);
    }

    /// <summary>Sorts actor indices by position, ties by index (insertion sort: n is small and it allocates nothing).</summary>
    internal static void SortIndices(ReadOnlySpan<double> positions, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            while (j > 0 && positions[order[j - 1]] > positions[i])
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }
    }

    private static double ResolveTie(ReadOnlySpan<double> positions, ReadOnlySpan<int> order, int m, MedianTie tie)
    {
        var lower = positions[order[m]];
        // Exactly half the weight lies at or below `lower`: the tie runs to the next distinct position.
        for (var next = m + 1; next < order.Length; next++)
        {
            var upper = positions[order[next]];
            if (upper > lower)
            {
                return tie == MedianTie.Lower ? lower : lower + ((upper - lower) / 2);
            }
        }

        return lower;
    }
}
