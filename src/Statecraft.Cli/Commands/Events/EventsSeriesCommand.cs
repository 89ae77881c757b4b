using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Reporting.Charts;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Settings of <c>statecraft events series</c>.</summary>
public sealed class EventsSeriesSettings : SeriesFilterSettings
{
    [CommandOption("--by <PERIOD>")]
    [Description("Period length: day, week, month, quarter or year. Default: month.")]
    [TypeConverter(typeof(ChoiceConverter<SeriesPeriod>))]
    public SeriesPeriod By { get; init; } = SeriesPeriod.Month;

    [CommandOption("--format <FORMAT>")]
    [Description("Output: table, csv or json. Default: table.")]
    [TypeConverter(typeof(ChoiceConverter<SeriesFormat>))]
    public SeriesFormat Format { get; init; } = SeriesFormat.Table;

    [CommandOption("--chart <FILE>")]
    [Description("Also draw the net cooperation series to FILE (.svg or .png).")]
    public string? Chart { get; init; }
}

/// <summary>Prints a dyad's relations per period: events by quad class, Goldstein sum and mean, net cooperation.</summary>
[Description("Per-period event counts by quad class, Goldstein sum and mean, and net cooperation for a dyad.")]
public sealed class EventsSeriesCommand(CommandOutput output) : Command<EventsSeriesSettings>
{
    public override int Execute(CommandContext context, EventsSeriesSettings settings, CancellationToken cancellationToken)
    {
        var query = settings.ToQuery(settings.By);
        var storePath = settings.ExistingStorePath;
        string[] inputs = [storePath, storePath + ".wal"];
        if (settings.Chart is not null)
        {
            SeriesChart.Check(settings.Chart, inputs);
        }

        using var store = EventStore.OpenRead(storePath);
        var series = new DyadSeries(store).Run(query);
        if (settings.Chart is not null)
        {
            SeriesChart.Save(settings.Chart, series, [.. series.Select(p => (double)p.NetCooperation)], new ChartLabels($"{query.Dyad}, by {settings.By.ToString().ToLowerInvariant()}", "net cooperation"), inputs: inputs);
        }

        switch (settings.Format)
        {
            case SeriesFormat.Json:
                EventsJson.WriteSeries(output.Out, query, series);
                break;
            case SeriesFormat.Csv:
                WriteCsv(series);
                break;
            default:
                WriteTable(query, series);
                break;
        }

        return StatecraftApp.Success;
    }

    private void WriteCsv(IReadOnlyList<SeriesPoint> series)
    {
        output.Out.WriteLine("period,start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,net_cooperation");
        foreach (var p in series)
        {
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Label},{p.Period:yyyy-MM-dd},{p.Events},{p.VerbalCooperation},{p.MaterialCooperation},{p.VerbalConflict},{p.MaterialConflict},{p.GoldsteinSum:R},{p.GoldsteinMean:R},{p.NetCooperation}"));
        }
    }

    private void WriteTable(SeriesQuery query, IReadOnlyList<SeriesPoint> series)
    {
        var table = new Table().Title(Markup.Escape(query.Dyad))
            .AddColumns("period", "events", "verbal coop", "material coop", "verbal conflict", "material conflict", "goldstein sum", "goldstein mean", "net coop");
        foreach (var p in series)
        {
            table.AddRow(p.Label, I(p.Events), I(p.VerbalCooperation), I(p.MaterialCooperation), I(p.VerbalConflict), I(p.MaterialConflict),
                p.GoldsteinSum.ToString("0.##", CultureInfo.InvariantCulture), p.GoldsteinMean?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-", I(p.NetCooperation));
        }

        output.Console.Write(table);
    }

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
