using System.Globalization;

namespace Statecraft.Store.Queries;

/// <summary>The length of one period of a series.</summary>
public enum SeriesPeriod
{
    Day,

    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>Period arithmetic: the start of a date's period, the next period, and the label printed for it.</summary>
internal static class SeriesPeriods
{
    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateOnly Start(this SeriesPeriod period, DateOnly date) => period switch
    {
        SeriesPeriod.Day => date,
        SeriesPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        SeriesPeriod.Month => new DateOnly(date.Year, date.Month, 1),
        SeriesPeriod.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    /// <summary>The first day of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Next(this SeriesPeriod period, DateOnly start) => period switch
    {
        SeriesPeriod.Day => start.AddDays(1),
        SeriesPeriod.Week => start.AddDays(7),
        SeriesPeriod.Month => start.AddMonths(1),
        SeriesPeriod.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    /// <summary>How the period is printed: <c>2016-11-08</c>, <c>2016-11-07</c> (week start), <c>2016-11</c>, <c>2016-Q4</c>, <c>2016</c>.</summary>
    public static string Label(this SeriesPeriod period, DateOnly start) => period switch
    {
        SeriesPeriod.Day or SeriesPeriod.Week => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SeriesPeriod.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SeriesPeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{((start.Month - 1) / 3) + 1}"),
        _ => start.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>DuckDB's <c>date_trunc</c> part for the period.</summary>
    internal static string SqlPart(this SeriesPeriod period) => period.ToString().ToLowerInvariant();
}
