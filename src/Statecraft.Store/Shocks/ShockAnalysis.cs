using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Shocks;

/// <summary>
/// Compares a dyad's monthly relations before and after a dated shock: difference of window means with a
/// seeded bootstrap interval, change points over the analysed span (<see cref="ShockOptions.SpanMonths"/>, by default three
/// years either side), and the quad-class mix on each side.
/// </summary>
/// <remarks>
/// The series covers every month of the span that lies between the store's first event and its last, so a month inside the data with no
/// event between the two states counts as zero (except for the Goldstein mean, where it has no value).
/// </remarks>
public sealed class ShockAnalysis(EventStore store)
{
    /// <summary>Runs the analysis of <paramref name="source"/>'s relations with <paramref name="target"/> around <paramref name="date"/>.</summary>
    /// <exception cref="InvalidInputException">The store has no months on one side of the shock.</exception>
    public ShockResult Run(string source, string target, DateOnly date, ShockOptions? options = null)
    {
        options ??= new ShockOptions();
        if (!DateLimits.InRange(date) || options.WindowMonths is < 1 or > DateLimits.MaxWindowMonths)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture,
                $"the shock's date must lie in {DateLimits.Range} and its window between 1 and {DateLimits.MaxWindowMonths} months (got {date:yyyy-MM-dd}, {options.WindowMonths} months)"));
        }

        var series = new DyadSeries(store);
        var coverage = series.Coverage() ?? throw Invalid("the store holds no events");
        var shock = SeriesPeriod.Month.Start(date);
        // Whole months, so that the monthly table answers the query (DyadSeries.FromMonthlyTable).
        var first = SeriesPeriod.Month.Start(coverage.First);
        var last = SeriesPeriod.Month.Next(SeriesPeriod.Month.Start(coverage.Last)).AddDays(-1);
        if (options.SpanMonths is { } span)
        {
            if (span < options.WindowMonths)
            {
                throw new ArgumentOutOfRangeException(nameof(options), span, "The span must be at least the window.");
            }

            first = Max(first, shock.AddMonths(-span));
            last = Min(last, shock.AddMonths(span).AddDays(-1));
        }

        var query = new SeriesQuery(source, target, options.Both, SeriesPeriod.Month, null, first, last);
        var points = first <= last ? series.Run(query) : [];
        var pre = Window(points, shock.AddMonths(-options.WindowMonths), shock.AddMonths(-1), options.Measure);
        var post = Window(points, shock, shock.AddMonths(options.WindowMonths - 1), options.Measure);
        if (pre.Values.Count == 0 || post.Values.Count == 0)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture,
                $"the data ({coverage.First:yyyy-MM-dd} to {coverage.Last:yyyy-MM-dd}) has no {(pre.Values.Count == 0 ? "months before" : "months from")} {date:yyyy-MM-dd} for {query.Dyad}"));
        }

        var values = points.Select(p => Value(p, options.Measure)).ToList();
        var defined = points.Where((_, i) => !double.IsNaN(values[i])).ToList();
        var changes = ChangePoints.Find(values.Where(v => !double.IsNaN(v)).ToList(), options.PenaltyFactor, options.MinSegment);
        return new ShockResult(
            query.Dyad, date, options.Measure, pre.Window, post.Window, post.Window.Mean - pre.Window.Mean,
            Bootstrap.DifferenceOfMeans(pre.Values, post.Values, options.Replicates, options.Seed),
            [.. changes.Select(i => defined[i].Period)], points, options);
    }

    /// <summary>The measure's value for one month, or NaN where it has none.</summary>
    public static double Value(SeriesPoint point, ShockMeasure measure) => measure switch
    {
        ShockMeasure.NetCooperation => point.NetCooperation,
        ShockMeasure.GoldsteinSum => point.GoldsteinSum,
        ShockMeasure.GoldsteinMean => point.GoldsteinMean ?? double.NaN,
        _ => point.Events,
    };

    private static (ShockWindow Window, List<double> Values) Window(IReadOnlyList<SeriesPoint> points, DateOnly from, DateOnly to, ShockMeasure measure)
    {
        var inside = points.Where(p => p.Period >= from && p.Period <= to).ToList();
        var values = inside.Select(p => Value(p, measure)).Where(v => !double.IsNaN(v)).ToList();
        var events = inside.Sum(p => p.Events);
        double Share(long count) => events == 0 ? 0 : (double)count / events;
        var shares = new[]
        {
            Share(inside.Sum(p => p.VerbalCooperation)), Share(inside.Sum(p => p.MaterialCooperation)),
            Share(inside.Sum(p => p.VerbalConflict)), Share(inside.Sum(p => p.MaterialConflict)),
        };
        var mean = values.Count == 0 ? double.NaN : values.Average();
        return (new ShockWindow(from, to, values.Count, mean, events, shares), values);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static InvalidInputException Invalid(string message) => new(new InputError("--date", 0, 0, string.Empty, message));
}
