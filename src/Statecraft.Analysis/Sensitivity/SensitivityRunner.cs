using Statecraft.Analysis.Intervening;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Sensitivity;

/// <summary>How many draws to make and from which seed.</summary>
/// <param name="Samples">Number of draws, at least 1.</param>
/// <param name="Seed">The seed every draw's random source derives from.</param>
/// <param name="Distribution">How values are drawn from their stated ranges.</param>
/// <param name="MaxDegreeOfParallelism">Cores to use; -1 (default) for all. Results do not depend on it.</param>
public sealed record SensitivityRequest(int Samples, int Seed, DrawDistribution Distribution = DrawDistribution.Triangular, int MaxDegreeOfParallelism = -1);

/// <summary>The shape of the draws within an uncertainty range.</summary>
public enum DrawDistribution
{
    /// <summary>Triangular with its mode at the stated value (the default: the analyst's value is the most likely).</summary>
    Triangular,

    /// <summary>Uniform over the range.</summary>
    Uniform,
}

/// <summary>Per issue: how often each label occurred and the forecast's 5-50-95% quantiles over the draws.</summary>
public sealed record IssueSensitivity(string Issue, IReadOnlyDictionary<ResponseLabel, double> LabelShare, double P5, double P50, double P95, IReadOnlyList<double> Forecasts);

/// <summary>The result of a sweep.</summary>
public sealed record SensitivityResult(int Samples, int Seed, DrawDistribution Distribution, IReadOnlyList<IssueSensitivity> Issues);

/// <summary>
/// Monte Carlo sensitivity (Eq. A12): each draw takes every position, salience and capability that has a stated range
/// from that range, re-runs the labels and the forecast after the shock, and the shares and quantiles are reported.
/// Draw i uses a random source seeded from (seed, i) alone, so results do not depend on the number of cores.
/// </summary>
public static class SensitivityRunner
{
    public static SensitivityResult Run(Case c, AnalysisOptions options, SensitivityRequest request, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Samples);
        var issues = c.Issues.Count;
        var labels = new ResponseLabel[issues][];
        var forecasts = new double[issues][];
        var uncertain = c.Issues.Select(i => i.Positions.Any(IsUncertain)).ToArray();
        var fixedView = new IssueAnalyzer(new CaseView(c, options), options);
        for (var i = 0; i < issues; i++)
        {
            labels[i] = new ResponseLabel[request.Samples];
            forecasts[i] = new double[request.Samples];
            if (!uncertain[i])
            {
                // An issue without stated ranges gives the same result in every draw: run it once.
                var (label, forecast) = LabelAndForecast(fixedView, c.Issues[i]);
                Array.Fill(labels[i], label);
                Array.Fill(forecasts[i], forecast);
            }
        }

        var done = 0;
        Parallel.For(0, request.Samples, new ParallelOptions { MaxDegreeOfParallelism = request.MaxDegreeOfParallelism }, sample =>
        {
            var drawn = Draw(c, new Random(DrawSeed(request.Seed, sample)), request.Distribution);
            var analyzer = new IssueAnalyzer(new CaseView(drawn, options), options);
            for (var i = 0; i < issues; i++)
            {
                if (uncertain[i])
                {
                    (labels[i][sample], forecasts[i][sample]) = LabelAndForecast(analyzer, drawn.Issues[i]);
                }
            }

            var count = Interlocked.Increment(ref done);
            if (count % 100 == 0 || count == request.Samples)
            {
                progress?.Report(count);
            }
        });

        var summaries = c.Issues.Select((issue, i) => Summarise(issue.Id, labels[i], forecasts[i])).ToList();
        return new SensitivityResult(request.Samples, request.Seed, request.Distribution, summaries);
    }

    private static bool IsUncertain(Position p) => p.Range is not null || p.SalienceRange is not null || p.CapabilityRange is not null;

    /// <summary>The label after the shock and the forecast; the label's own forecast is reused when the rule computed it.</summary>
    private static (ResponseLabel, double) LabelAndForecast(IssueAnalyzer analyzer, Issue issue)
    {
        var first = analyzer.Classify(issue, InterveningSwitches.All, withoutPersuasionToo: false)[0];
        return (first.Label, first.Forecast ?? analyzer.ForecastAfter(issue, InterveningSwitches.All));
    }

    /// <summary>A draw's seed: SplitMix64 of (seed, index), so every draw is independent of scheduling.</summary>
    public static int DrawSeed(int seed, int sample)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)(uint)sample + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    /// <summary>The case with every ranged value drawn once.</summary>
    public static Case Draw(Case c, Random random, DrawDistribution distribution) => c with
    {
        Issues = c.Issues.Select(issue => issue with
        {
            Positions = issue.Positions.Select(p => p with
            {
                Value = p.Range is { } r ? Sample(random, r, p.Value, distribution) : p.Value,
                Salience = p.SalienceRange is { } s ? Sample(random, s, p.Salience, distribution) : p.Salience,
                Capability = p.CapabilityRange is { } k ? Sample(random, k, p.Capability, distribution) : p.Capability,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Inverse-CDF sampling of a triangular (mode = stated value, clamped into the range) or uniform distribution.</summary>
    public static double Sample(Random random, Interval range, double mode, DrawDistribution distribution)
    {
        var (a, b) = (range.Low, range.High);
        var u = random.NextDouble();
        if (b <= a)
        {
            return a;
        }

        if (distribution == DrawDistribution.Uniform)
        {
            return a + (u * (b - a));
        }

        var c = Math.Clamp(mode, a, b);
        var f = (c - a) / (b - a);
        return u < f ? a + Math.Sqrt(u * (b - a) * (c - a)) : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
    }

    private static IssueSensitivity Summarise(string issue, ResponseLabel[] labels, double[] forecasts)
    {
        var shares = labels.GroupBy(l => l).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => (double)g.Count() / labels.Length);
        var sorted = forecasts.Order().ToArray();
        return new IssueSensitivity(issue, shares, Quantile(sorted, 0.05), Quantile(sorted, 0.5), Quantile(sorted, 0.95), forecasts);
    }

    /// <summary>Linear interpolation between order statistics (type 7, as R and NumPy default).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
