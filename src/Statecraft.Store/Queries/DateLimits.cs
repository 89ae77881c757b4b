using System.Globalization;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Queries;

/// <summary>
/// The calendar range and sizes the store's queries accept, so that date arithmetic never leaves the calendar and a
/// series never grows beyond what a table or chart can show (docs/limits.md).
/// </summary>
public static class DateLimits
{
    /// <summary>The earliest date a query, a shock or an imported event may name.</summary>
    public static readonly DateOnly Earliest = new(1000, 1, 1);

    /// <summary>The latest date a query, a shock or an imported event may name.</summary>
    public static readonly DateOnly Latest = new(2999, 12, 31);

    /// <summary>The most periods one series may have (days, weeks, months...), 274 years of days.</summary>
    public const int MaxPeriods = 100_000;

    /// <summary>The most months in each of a shock's two windows (a century).</summary>
    public const int MaxWindowMonths = 1_200;

    /// <summary>True when <paramref name="date"/> lies in the supported range.</summary>
    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>The range as printed in messages.</summary>
    public static string Range => string.Create(CultureInfo.InvariantCulture, $"{Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}");

    /// <summary>Fails when a series from <paramref name="first"/> to <paramref name="last"/> by <paramref name="by"/> has more than <see cref="MaxPeriods"/> periods.</summary>
    public static void CheckPeriods(DateOnly first, DateOnly last, SeriesPeriod by)
    {
        var days = (long)last.DayNumber - first.DayNumber + 1;
        var periods = by switch
        {
            SeriesPeriod.Day => days,
            SeriesPeriod.Week => days / 7,
            SeriesPeriod.Month => days / 28,
            SeriesPeriod.Quarter => days / 90,
            _ => days / 365,
        };
        if (periods > MaxPeriods)
        {
            throw new InvalidInputException(new InputError("--from/--to", 0, 0, "--by",
                string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd} by {by.ToString().ToLowerInvariant()} gives about {periods:N0} periods; at most {MaxPeriods:N0} are allowed (narrow the dates or use a longer period)")));
        }
    }
}
