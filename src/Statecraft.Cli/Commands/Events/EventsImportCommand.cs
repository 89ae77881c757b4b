using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Store.Export;
using Statecraft.Store.Imports;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Settings of <c>statecraft events import</c>.</summary>
public sealed class EventsImportSettings : StoreSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The event file to import, or a folder of (hive-partitioned) Parquet files written by 'events export --partition'.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--format <FORMAT>")]
    [Description("The file's layout: jsonl (the coder's output), csv, gdelt1, gdelt2 or icews; parquet for a folder. Default: parquet for a folder, none for a file.")]
    [TypeConverter(typeof(ChoiceConverter<EventFileFormat>))]
    public EventFileFormat? Format { get; init; }

    [CommandOption("--strict")]
    [Description("Fail on the first malformed row; nothing is imported then.")]
    public bool Strict { get; init; }
}

/// <summary>Imports an event file into the store and reports rows read, imported, skipped and duplicates.</summary>
[Description("Import events (coder JSONL, CSV, GDELT 1.0/2.0, ICEWS) into the store.")]
public sealed class EventsImportCommand(CommandOutput output) : Command<EventsImportSettings>
{
    private const int PrintedErrors = 20;

    public override int Execute(CommandContext context, EventsImportSettings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(settings.File))
        {
            if (settings.Format is { } given && given != EventFileFormat.Parquet)
            {
                throw new UsageException($"'{settings.File}' is a folder: only --format parquet reads a folder");
            }

            using var parquetWriter = StoreWriter.Begin(settings.StorePath);
            var imported = PartitionedParquet.Import(parquetWriter.Store, settings.File, new ImportOptions { Strict = settings.Strict, ReportedErrors = PrintedErrors }, cancellationToken);
            if (!imported.AlreadyImported)
            {
                parquetWriter.Commit();
            }

            Report(imported, settings.StorePath);
            return StatecraftApp.Success;
        }

        var format = settings.Format switch
        {
            null => throw new UsageException("--format is required: jsonl, csv, gdelt1, gdelt2 or icews"),
            EventFileFormat.Parquet => throw new UsageException($"--format parquet reads a folder of Parquet files; '{settings.File}' is not a folder"),
            { } file => Enum.Parse<ImportFormat>(file.ToString()),
        };
        // Written to a staged copy that replaces the store when done, so other processes can read the store meanwhile;
        // a failed import (into a new store too) leaves the store as it was, or absent.
        var storePath = settings.StorePath;
        StoreSettings.RefuseStoreAsInput(storePath, ("FILE", settings.File));
        using var writer = StoreWriter.Begin(storePath);
        var options = new ImportOptions { Strict = settings.Strict, ReportedErrors = PrintedErrors, Progress = Progress };
        var result = new EventImporter(writer.Store).Import(settings.File, format, options, cancellationToken);
        if (!result.AlreadyImported)
        {
            writer.Commit();
        }

        Report(result, storePath);
        return StatecraftApp.Success;
    }

    private void Progress(long rows)
    {
        if (ReferenceEquals(output.Error, Console.Error) && !Console.IsErrorRedirected)
        {
            output.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rread {rows:N0} rows"));
        }
    }

    private void Report(ImportResult result, string db)
    {
        foreach (var error in result.Errors)
        {
            output.Error.WriteLine("skipped: " + error);
        }

        if (result.Skipped > result.Errors.Count)
        {
            output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"skipped: … and {result.Skipped - result.Errors.Count} more (every one is in the import_errors table, import {result.ImportId})"));
        }

        var table = new Table().AddColumns("file", "format", "rows read", "imported", "skipped", "duplicates");
        table.AddRow(Markup.Escape(result.File), result.Format.ToString().ToLowerInvariant(), N(result.RowsRead), N(result.Imported), N(result.Skipped), N(result.Duplicates));
        output.Console.Write(table);
        output.Console.WriteLine(result.AlreadyImported
            ? $"Already imported as import {result.ImportId.ToString(CultureInfo.InvariantCulture)}: nothing added to {db}."
            : $"Import {result.ImportId.ToString(CultureInfo.InvariantCulture)} stored in {db}.");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>The layouts <c>events import --format</c> reads: those of <see cref="ImportFormat"/>, and Parquet for a folder.</summary>
public enum EventFileFormat
{
    /// <summary>The coder's JSONL.</summary>
    Jsonl = ImportFormat.Jsonl,

    /// <summary>CSV with the coder's field names.</summary>
    Csv = ImportFormat.Csv,

    /// <summary>GDELT 1.0 event files.</summary>
    Gdelt1 = ImportFormat.Gdelt1,

    /// <summary>GDELT 2.0 event files.</summary>
    Gdelt2 = ImportFormat.Gdelt2,

    /// <summary>ICEWS event files.</summary>
    Icews = ImportFormat.Icews,

    /// <summary>A folder of (hive-partitioned) Parquet files written by <c>events export --partition</c>.</summary>
    Parquet,
}
