using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Store.Export;
using Statecraft.Store.Queries;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Settings of <c>statecraft events export</c>.</summary>
public sealed class EventsExportSettings : SeriesFilterSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file to write.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--format <FORMAT>")]
    [Description("parquet, csv or jsonl (csv and jsonl use the coder's field names and import back). Default: from FILE's extension.")]
    public string? Format { get; init; }
}

/// <summary>Writes stored events to Parquet, CSV or JSONL with DuckDB's writer.</summary>
[Description("Export stored events to Parquet, CSV or JSONL.")]
public sealed class EventsExportCommand(CommandOutput output) : Command<EventsExportSettings>
{
    public override int Execute(CommandContext context, EventsExportSettings settings, CancellationToken cancellationToken)
    {
        var formatName = settings.Format ?? Path.GetExtension(settings.File).TrimStart('.');
        var format = StoreSettings.ParseEnum<ExportFormat>("--format", formatName);
        var query = settings.ToQuery(SeriesPeriod.Day);
        using var store = EventStore.OpenRead(settings.StorePath);
        var count = new EventExporter(store).Export(settings.File, format, query);
        output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} events to {settings.File} ({format.ToString().ToLowerInvariant()})."));
        return StatecraftApp.Success;
    }
}
