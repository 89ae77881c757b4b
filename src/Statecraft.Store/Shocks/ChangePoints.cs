namespace Statecraft.Store.Shocks;

/// <summary>
/// Change points in the mean of a series by binary segmentation (Scott and Knott 1974; Killick, Fearnhead and
/// Eckley 2012, section 2): split a segment where the drop in the residual sum of squares is largest, keep the
/// split if the drop exceeds the penalty β, and search both halves again.
/// </summary>
/// <remarks>
/// β = factor · σ̂² · ln n, with σ̂² = Σ(x[i+1] - x[i])² / (2(n - 1)), the difference-based noise variance
/// (von Neumann 1941), which a shift in the mean barely inflates. A factor of 2 is the BIC penalty for one
/// more mean and location under Gaussian noise.
/// </remarks>
public static class ChangePoints
{
    /// <summary>The indices at which a new segment starts, ascending.</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<double> values, double penaltyFactor, int minSegment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minSegment, 1);
        var n = values.Count;
        if (n < 2 * minSegment)
        {
            return [];
        }

        var prefix = new double[n + 1];
        var prefixSquares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + values[i];
            prefixSquares[i + 1] = prefixSquares[i] + (values[i] * values[i]);
        }

        var penalty = penaltyFactor * NoiseVariance(values) * Math.Log(n);
        var found = new List<int>();
        Split(new Sums(prefix, prefixSquares), 0, n, penalty, minSegment, found);
        found.Sort();
        return found;
    }

    /// <summary>σ̂² = Σ(x[i+1] - x[i])² / (2(n - 1)).</summary>
    public static double NoiseVariance(IReadOnlyList<double> values)
    {
        var sum = 0.0;
        for (var i = 1; i < values.Count; i++)
        {
            var d = values[i] - values[i - 1];
            sum += d * d;
        }

        return values.Count < 2 ? 0 : sum / (2.0 * (values.Count - 1));
    }

    private static void Split(Sums sums, int start, int end, double penalty, int minSegment, List<int> found)
    {
        var whole = sums.Cost(start, end);
        var (best, bestGain) = (-1, 0.0);
        for (var k = start + minSegment; k <= end - minSegment; k++)
        {
            var gain = whole - sums.Cost(start, k) - sums.Cost(k, end);
            if (gain > bestGain + 1e-12)
            {
                (best, bestGain) = (k, gain);
            }
        }

        if (best < 0 || bestGain <= penalty)
        {
            return;
        }

        found.Add(best);
        Split(sums, start, best, penalty, minSegment, found);
        Split(sums, best, end, penalty, minSegment, found);
    }

    /// <summary>Prefix sums, so a segment's residual sum of squares costs O(1).</summary>
    private sealed record Sums(double[] Prefix, double[] PrefixSquares)
    {
        public double Cost(int start, int end)
        {
            var n = end - start;
            var sum = Prefix[end] - Prefix[start];
            return PrefixSquares[end] - PrefixSquares[start] - (sum * sum / n);
        }
    }
}
