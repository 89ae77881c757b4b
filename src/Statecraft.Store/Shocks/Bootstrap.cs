namespace Statecraft.Store.Shocks;

/// <summary>The percentile bootstrap for a difference of two means (Efron and Tibshirani 1993, ch. 13).</summary>
public static class Bootstrap
{
    /// <summary>
    /// Resamples <paramref name="before"/> and <paramref name="after"/> independently with replacement
    /// <paramref name="replicates"/> times and returns the 2.5th and 97.5th percentiles of mean(after*) - mean(before*).
    /// </summary>
    public static (double Low, double High) DifferenceOfMeans(IReadOnlyList<double> before, IReadOnlyList<double> after, int replicates, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (before.Count == 0 || after.Count == 0)
        {
            throw new ArgumentException("Both samples need at least one value.");
        }

        var random = new Random(seed);
        var differences = new double[replicates];
        for (var r = 0; r < replicates; r++)
        {
            differences[r] = ResampledMean(after, random) - ResampledMean(before, random);
        }

        Array.Sort(differences);
        return (Percentile(differences, 0.025), Percentile(differences, 0.975));
    }

    /// <summary>The <paramref name="p"/> quantile of sorted values by linear interpolation (Hyndman and Fan type 7).</summary>
    public static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private static double ResampledMean(IReadOnlyList<double> values, Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[random.Next(values.Count)];
        }

        return sum / values.Count;
    }
}
