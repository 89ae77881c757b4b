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
    [Description("The file to write, or - for standard output (csv or jsonl); with --partition, the folder.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--format <FORMAT>")]
    [Description("parquet, csv or jsonl (csv and jsonl use the coder's field names and import back). Default: from FILE's extension, jsonl for -.")]
    [TypeConverter(typeof(ChoiceConverter<ExportFormat>))]
    public ExportFormat? Format { get; init; }

    [CommandOption("--partition <COLUMNS>")]
    [Description("Write hive-partitioned Parquet into the folder FILE, by year or year,month (year=2017/month=3/...), for DuckDB, Trino, Spark or ClickHouse (docs/store.md).")]
    public string? Partition { get; init; }
}

/// <summary>Writes stored events to Parquet, CSV or JSONL with DuckDB's writer.</summary>
[Description("Export stored events to Parquet, CSV or JSONL.")]
public sealed class EventsExportCommand(CommandOutput output) : Command<EventsExportSettings>
{
    public override int Execute(CommandContext context, EventsExportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Partition is { } partition)
        {
            return ExportPartitioned(settings, partition);
        }

        var toStandardOutput = OutputFiles.IsStandardOutput(settings.File);
        var format = settings.Format
            ?? (toStandardOutput ? ExportFormat.Jsonl : StoreSettings.ParseEnum<ExportFormat>("--format", Path.GetExtension(settings.File).TrimStart('.')));
        if (toStandardOutput)
        {
            return ExportToStandardOutput(settings, format);
        }

        var query = settings.ToQuery(SeriesPeriod.Day);
        var storePath = settings.ExistingStorePath;
        OutputFile.Check(settings.File, "FILE", [storePath, storePath + ".wal"]);
        using var store = EventStore.OpenRead(storePath);
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

    private int ExportPartitioned(EventsExportSettings settings, string partition)
    {
        if (settings.Format is { } format && format != ExportFormat.Parquet)
        {
            throw new UsageException($"--partition writes Parquet; --format '{format.ToString().ToLowerInvariant()}' cannot be partitioned");
        }

        var keys = partition.Split(',', StringSplitOptions.TrimEntries);
        if (keys.Length == 0 || keys.Any(k => !PartitionedParquet.Keys.Contains(k)) || keys.Distinct().Count() != keys.Length)
        {
            throw new UsageException($"--partition '{partition}' is not a list of {string.Join(", ", PartitionedParquet.Keys)} (e.g. year,month)");
        }

        if (File.Exists(settings.File) || (Directory.Exists(settings.File) && Directory.EnumerateFileSystemEntries(settings.File).Any()))
        {
            throw new UsageException($"--partition writes a new folder; '{settings.File}' exists and is not an empty folder");
        }

        var query = settings.ToQuery(SeriesPeriod.Day);
        using var store = EventStore.Open(settings.StorePath);
        var count = PartitionedParquet.Export(store, settings.File, keys, query);
        output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} events to {settings.File}/ (parquet, partitioned by {string.Join(", ", keys)})."));
        return StatecraftApp.Success;
    }
}
