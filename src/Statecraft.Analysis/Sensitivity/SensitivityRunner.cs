using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Intervening;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Sensitivity;

/// <summary>How many draws to make and from which seed.</summary>
/// <param name="Samples">Number of draws, at least 1.</param>
/// <param name="Seed">The seed every draw's random source derives from.</param>
/// <param name="Distribution">How values are drawn from their stated ranges.</param>
/// <param name="MaxDegreeOfParallelism">Cores to use; -1 (default) for all. Results do not depend on it.</param>
/// <param name="Thresholds">The spreads the engine's thresholds and weights are drawn from: a leave-one-case-out calibration's, or null for each parameter's default spread (<see cref="EngineParameter.DefaultSpread"/>).</param>
/// <param name="ThresholdOrigin">Where <paramref name="Thresholds"/> come from, in words, for the output.</param>
public sealed record SensitivityRequest(
    int Samples,
    int Seed,
    DrawDistribution Distribution = DrawDistribution.Triangular,
    int MaxDegreeOfParallelism = -1,
    IReadOnlyList<ParameterSpread>? Thresholds = null,
    string? ThresholdOrigin = null)
{
    /// <summary>Half-width of the default range of a position without a stated range, as a share of the scale (Eq. A12).</summary>
    public const double DefaultPositionSpread = 0.1;

    /// <summary>Half-width of the default range of a salience or capability without a stated range (Eq. A12).</summary>
    public const double DefaultWeightSpread = 0.1;

    /// <summary>The spreads drawn: the given ones, else each calibrated parameter's default.</summary>
    public IReadOnlyList<ParameterSpread> Spreads => Thresholds ?? [.. EngineParameter.Calibrated.Select(p => p.DefaultSpread)];
}

/// <summary>The shape of the draws within an uncertainty range.</summary>
public enum DrawDistribution
{
    /// <summary>Triangular with its mode at the stated value (the default: the analyst's value is the most likely).</summary>
    Triangular,

    /// <summary>Uniform over the range.</summary>
    Uniform,
}

/// <summary>
/// Per issue: how often each label occurred and the forecast's 5-50-95% quantiles over the draws, and how many of its
/// drawn values had a range stated in the case and how many took the default range.
/// </summary>
public sealed record IssueSensitivity(string Issue, IReadOnlyDictionary<ResponseLabel, double> LabelShare, double P5, double P50, double P95, IReadOnlyList<double> Forecasts)
{
    public int StatedRanges { get; init; }

    public int DefaultRanges { get; init; }
}

/// <summary>A block of draws [<paramref name="From"/>, From + <paramref name="Count"/>) of a sweep: per issue, each draw's label and forecast.</summary>
public sealed record SensitivityDraws(int From, int Count, IReadOnlyList<IReadOnlyList<ResponseLabel>> Labels, IReadOnlyList<IReadOnlyList<double>> Forecasts);

/// <summary>The result of a sweep, with the spreads its thresholds were drawn from.</summary>
public sealed record SensitivityResult(int Samples, int Seed, DrawDistribution Distribution, IReadOnlyList<IssueSensitivity> Issues)
{
    public IReadOnlyList<ParameterSpread> Thresholds { get; init; } = [];

    public string ThresholdOrigin { get; init; } = "default spread";
}

/// <summary>
/// Monte Carlo sensitivity (Eq. A12): each draw takes every position, salience and capability from its stated range, or
/// from the default range where the case states none (position ± 10 % of the scale, salience and capability ± 0.1), and
/// the engine's thresholds from their spread; it re-runs the labels and the forecast after the shock, and the shares and
/// quantiles are reported. Every issue is drawn. Draw i uses a random source seeded from (seed, i) alone, so results do
/// not depend on the number of cores.
/// </summary>
public static class SensitivityRunner
{
    public static SensitivityResult Run(Case c, AnalysisOptions options, SensitivityRequest request, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Samples);
        return Merge(c, request, [RunDraws(c, options, request, 0, request.Samples, progress)]);
    }

    /// <summary>
    /// Draws <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of the sweep <see cref="Run"/> makes,
    /// each with its own seed (<see cref="DrawSeed"/>), so a block of draws can run as a unit of work elsewhere and
    /// <see cref="Merge"/> gives the same result as one run.
    /// </summary>
    public static SensitivityDraws RunDraws(Case c, AnalysisOptions options, SensitivityRequest request, int from, int to, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        var issues = c.Issues.Count;
        var count = to - from;
        var labels = new ResponseLabel[issues][];
        var forecasts = new double[issues][];
        for (var i = 0; i < issues; i++)
        {
            labels[i] = new ResponseLabel[count];
            forecasts[i] = new double[count];
        }

        var spreads = request.Spreads;
        var done = 0;
        Parallel.For(from, to, new ParallelOptions { MaxDegreeOfParallelism = request.MaxDegreeOfParallelism }, sample =>
        {
            var random = new Random(DrawSeed(request.Seed, sample));
            var drawn = Draw(c, random, request.Distribution);
            var drawnOptions = DrawOptions(options, spreads, random, request.Distribution);
            var analyzer = new IssueAnalyzer(new CaseView(drawn, drawnOptions), drawnOptions);
            for (var i = 0; i < issues; i++)
            {
                (labels[i][sample - from], forecasts[i][sample - from]) = LabelAndForecast(analyzer, drawn.Issues[i]);
            }

            var n = Interlocked.Increment(ref done);
            if (n % 100 == 0 || n == count)
            {
                progress?.Report(n);
            }
        });

        return new SensitivityDraws(from, count, labels, forecasts);
    }

    /// <summary>The result of the sweep from its blocks of draws, which must cover draws 0 to <c>request.Samples</c> in order.</summary>
    public static SensitivityResult Merge(Case c, SensitivityRequest request, IReadOnlyList<SensitivityDraws> blocks)
    {
        var next = 0;
        foreach (var block in blocks)
        {
            if (block.From != next || block.Labels.Any(l => l.Count != block.Count) || block.Labels.Count != c.Issues.Count || block.Forecasts.Count != c.Issues.Count)
            {
                throw new ArgumentException($"the blocks must cover draws 0..{request.Samples} in order, one row per issue; a block starts at {block.From}, expected {next}", nameof(blocks));
            }

            next += block.Count;
        }

        if (next != request.Samples)
        {
            throw new ArgumentException($"the blocks cover {next} draws, not {request.Samples}", nameof(blocks));
        }

        var spreads = request.Spreads;
        var summaries = c.Issues.Select((issue, i) => Summarise(
            issue.Id,
            [.. blocks.SelectMany(b => b.Labels[i])],
            [.. blocks.SelectMany(b => b.Forecasts[i])]) with
        {
            StatedRanges = issue.Positions.Sum(StatedRangeCount),
            DefaultRanges = (issue.Positions.Count * 3) - issue.Positions.Sum(StatedRangeCount),
        }).ToList();
        return new SensitivityResult(request.Samples, request.Seed, request.Distribution, summaries)
        {
            Thresholds = spreads,
            ThresholdOrigin = request.ThresholdOrigin ?? (request.Thresholds is null ? "default spread" : "given spread"),
        };
    }

    /// <summary>The options with every spread parameter drawn from its spread (mode at its middle value).</summary>
    public static AnalysisOptions DrawOptions(AnalysisOptions options, IReadOnlyList<ParameterSpread> spreads, Random random, DrawDistribution distribution)
    {
        foreach (var spread in spreads)
        {
            if (EngineParameter.Find(spread.Name) is { } parameter)
            {
                options = parameter.Set(options, Sample(random, new Interval(spread.Min, spread.Max), spread.Median, distribution));
            }
        }

        return options;
    }

    private static int StatedRangeCount(Position p) =>
        (p.Range is null ? 0 : 1) + (p.SalienceRange is null ? 0 : 1) + (p.CapabilityRange is null ? 0 : 1);

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

    /// <summary>The case with every position, salience and capability drawn once, from its stated or its default range.</summary>
    public static Case Draw(Case c, Random random, DrawDistribution distribution) => c with
    {
        Issues = c.Issues.Select(issue => issue with
        {
            Positions = issue.Positions.Select(p => p with
            {
                Value = Sample(random, p.Range ?? DefaultRange(p.Value, SensitivityRequest.DefaultPositionSpread * issue.Scale.Width, issue.Scale.Min, issue.Scale.Max), p.Value, distribution),
                Salience = Sample(random, p.SalienceRange ?? DefaultRange(p.Salience, SensitivityRequest.DefaultWeightSpread, 0, 1), p.Salience, distribution),
                Capability = Sample(random, p.CapabilityRange ?? DefaultRange(p.Capability, SensitivityRequest.DefaultWeightSpread, 0, double.MaxValue), p.Capability, distribution),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>value ± half-width, clipped to the bounds (the mode stays at the value, so a clipped range is lopsided).</summary>
    public static Interval DefaultRange(double value, double halfWidth, double min, double max) =>
        new(Math.Max(min, value - halfWidth), Math.Min(max, value + halfWidth));

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
