using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cases.Files;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Store.Export;
using Statecraft.Store.Queries;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Settings of <c>statecraft events export</c>.</summary>
public sealed class EventsExportSettings : SeriesFilterSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file to write, or - for standard output (csv or jsonl).")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--format <FORMAT>")]
    [Description("parquet, csv or jsonl (csv and jsonl use the coder's field names and import back). Default: from FILE's extension, jsonl for -.")]
    public string? Format { get; init; }
}

/// <summary>Writes stored events to Parquet, CSV or JSONL with DuckDB's writer.</summary>
[Description("Export stored events to Parquet, CSV or JSONL.")]
public sealed class EventsExportCommand(CommandOutput output) : Command<EventsExportSettings>
{
    public override int Execute(CommandContext context, EventsExportSettings settings, CancellationToken cancellationToken)
    {
        var toStandardOutput = OutputFiles.IsStandardOutput(settings.File);
        var formatName = settings.Format ?? (toStandardOutput ? "jsonl" : Path.GetExtension(settings.File).TrimStart('.'));
        var format = StoreSettings.ParseEnum<ExportFormat>("--format", formatName);
        if (toStandardOutput)
        {
            return ExportToStandardOutput(settings, format);
        }

        var query = settings.ToQuery(SeriesPeriod.Day);
        var storePath = settings.ExistingStorePath;
        OutputFile.Check(settings.File, "FILE", [storePath, storePath + ".wal"]);
        using var store = EventStore.Open(storePath);
        var count = new EventExporter(store).Export(settings.File, format, query);
        output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} events to {settings.File} ({format.ToString().ToLowerInvariant()})."));
        return StatecraftApp.Success;
    }

    /// <summary>
    /// <c>events export -</c>: DuckDB writes only to files, so the export goes to a private temporary file that is copied
    /// to standard output and deleted; the count goes to standard error.
    /// </summary>
    private int ExportToStandardOutput(EventsExportSettings settings, ExportFormat format)
    {
        if (format == ExportFormat.Parquet)
        {
            throw new UsageException("events export -: Parquet is binary and is not written to standard output; give --format csv or jsonl, or a file name");
        }

        var query = settings.ToQuery(SeriesPeriod.Day);
        using var store = EventStore.Open(settings.StorePath);
        var folder = Directory.CreateTempSubdirectory("statecraft-export-");
        try
        {
            var file = Path.Combine(folder.FullName, "events." + format.ToString().ToLowerInvariant());
            var count = new EventExporter(store).Export(file, format, query);
            using (var reader = new StreamReader(file))
            {
                var buffer = new char[1 << 16];
                int read;
                while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
                {
                    output.Out.Write(buffer, 0, read);
                }
            }

            output.Out.Flush();
            output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} events to standard output ({format.ToString().ToLowerInvariant()})."));
            return StatecraftApp.Success;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
