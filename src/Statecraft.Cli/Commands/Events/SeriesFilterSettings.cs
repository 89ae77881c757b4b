using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Queries;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Options that select events by dyad, issue and dates.</summary>
public class SeriesFilterSettings : StoreSettings
{
    [CommandOption("--source <CODE>")]
    [Description("The acting state's ISO alpha-3 code, or * for any. Default: *.")]
    public string Source { get; init; } = SeriesQuery.Any;

    [CommandOption("--target <CODE>")]
    [Description("The receiving state's ISO alpha-3 code, or * for any. Default: *.")]
    public string Target { get; init; } = SeriesQuery.Any;

    [CommandOption("--both")]
    [Description("Count the dyad in both directions. Default: directed, source toward target.")]
    public bool Both { get; init; }

    [CommandOption("--issue <TAG>")]
    [Description("Only events tagged with this issue (such as trade).")]
    public string? Issue { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("First day counted, YYYY-MM-DD.")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last day counted, YYYY-MM-DD.")]
    public string? To { get; init; }

    /// <summary>The query these options describe, grouped by <paramref name="by"/>.</summary>
    internal SeriesQuery ToQuery(SeriesPeriod by)
    {
        var (from, to) = (ParseDate("--from", From), ParseDate("--to", To));
        if (from > to)
        {
            throw new UsageException($"--from {From} is after --to {To}; the first day counted must come before the last");
        }

        if (from is { } f && to is { } t)
        {
            DateLimits.CheckPeriods(f, t, by);
        }

        return new(ParseCountry("--source", Source), ParseCountry("--target", Target), Both, by, Issue, from, to);
    }
}
