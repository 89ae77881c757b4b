using System.Text;
using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Database;

namespace Statecraft.Store.Imports;

/// <summary>
/// Imports an event file into the store in one transaction (a failure or cancellation leaves the
/// store as it was), and idempotent (a file whose content was imported before adds nothing).
/// </summary>
public sealed class EventImporter(EventStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Imports <paramref name="path"/> read as <paramref name="format"/>.</summary>
    /// <remarks>
    /// GDELT, ICEWS and CSV files are read by DuckDB's own parallel CSV reader (<see cref="DuckDbCsvImport"/>);
    /// the coder's JSONL is streamed through <see cref="JsonlEventReader"/>.
    /// </remarks>
    /// <exception cref="InvalidInputException">The header is unusable, or <see cref="ImportOptions.Strict"/> and a row is malformed.</exception>
    public ImportResult Import(string path, ImportFormat format, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The event file '{path}' does not exist.", path);
        }

        options ??= new ImportOptions();
        if (format == ImportFormat.Jsonl)
        {
            // Hashing first costs a second read, so it is done only when an earlier import had the same size.
            if (ImportRuns.AnyOfSize(store.Connection, info.Length)
                && ImportRuns.FindByHash(store.Connection, HashingStream.OfFile(path), path, format) is { } earlier)
            {
                return earlier;
            }

            Stream Open() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Import(Open, path, info.Length, format, options, cancellationToken);
        }

        return ImportDelimited(path, info.Length, format, options, cancellationToken);
    }

    private ImportResult ImportDelimited(string path, long size, ImportFormat format, ImportOptions options, CancellationToken cancellationToken)
    {
        // One pass gives the hash (nothing is parsed when the content was imported before) and the blank lines.
        var scan = FileScan.Of(path, cancellationToken);
        var connection = store.Connection;
        if (ImportRuns.FindByHash(connection, scan.Sha256, path, format) is { } earlier)
        {
            return earlier;
        }

        var layout = CsvImportLayout.For(path, format);
        using var transaction = connection.BeginTransaction();
        var importId = ImportFinisher.NextImportId(connection);
        var (read, skipped, errors) = layout is null
            ? (0L, 0L, (IReadOnlyList<InputError>)[])
            : new DuckDbCsvImport(connection, importId, path, layout, options).Run(Path.GetFullPath(path), scan.BlankLines, cancellationToken);
        var duplicates = ImportFinisher.RemoveDuplicates(connection, importId);
        ImportFinisher.RecordDocumentsAndActors(connection, importId);
        var result = new ImportResult(importId, path, format, read, read - skipped - duplicates, skipped, duplicates, false, errors);
        ImportRuns.Record(connection, result, scan.Sha256, size, _clock.GetUtcNow());
        transaction.Commit();
        return result;
    }

    internal ImportResult Import(Func<Stream> open, string file, long size, ImportFormat format, ImportOptions options, CancellationToken cancellationToken)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        var importId = ImportFinisher.NextImportId(connection);
        using var stream = new HashingStream(open());
        var tally = new Tally(options);
        using (var writer = new EventRowWriter(connection, importId))
        {
            // Strict imports refuse invalid UTF-8; others read it with replacement characters, as before.
            var encoding = options.Strict ? new UTF8Encoding(false, throwOnInvalidBytes: true) : Encoding.UTF8;
            using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
            var reader = ReaderFor(format);
            try
            {
                ImportPipeline.Run(token => reader.Read(text, file, token), batch => tally.Write(batch, writer), cancellationToken);
            }
            catch (Exception e) when (e is DecoderFallbackException || e.InnerException is DecoderFallbackException)
            {
                throw new InvalidInputException(new InputError(file, 0, 0, string.Empty, "is not valid UTF-8 text (--strict refuses it; without --strict the bad bytes are read as U+FFFD)"));
            }
            writer.Close();
        }

        var sha256 = stream.Finish();
        if (ImportRuns.FindByHash(connection, sha256, file, format) is { } earlier)
        {
            transaction.Rollback();
            return earlier;
        }

        var duplicates = ImportFinisher.RemoveDuplicates(connection, importId);
        ImportFinisher.RecordDocumentsAndActors(connection, importId);
        var result = new ImportResult(importId, file, format, tally.Read, tally.Read - tally.Skipped - duplicates, tally.Skipped, duplicates, false, tally.Errors);
        ImportRuns.Record(connection, result, sha256, size, _clock.GetUtcNow());
        transaction.Commit();
        return result;
    }

    private static JsonlEventReader ReaderFor(ImportFormat format) => format == ImportFormat.Jsonl
        ? new JsonlEventReader()
        : throw new ArgumentOutOfRangeException(nameof(format), format, "only JSONL is streamed; delimited files are read by DuckDB");

    /// <summary>Counts rows as they are written and keeps the first errors.</summary>
    private sealed class Tally(ImportOptions options)
    {
        private readonly List<InputError> _errors = [];

        public long Read { get; private set; }

        public long Skipped { get; private set; }

        public IReadOnlyList<InputError> Errors => _errors;

        public void Write(List<ReadRow> batch, EventRowWriter writer)
        {
            foreach (var row in batch)
            {
                Read++;
                if (row.Event is not null)
                {
                    writer.Append(row.Event, row.Line);
                    continue;
                }

                Fail(row.Error!, options.Strict);
                writer.Append(row.Error!, row.Line);
            }

            if (options.Progress is not null && Read % Math.Max(1, options.ProgressEvery) < batch.Count)
            {
                options.Progress(Read);
            }
        }

        private void Fail(InputError error, bool strict)
        {
            if (strict)
            {
                throw new InvalidInputException(error);
            }

            Skipped++;
            if (_errors.Count < options.ReportedErrors)
            {
                _errors.Add(error);
            }
        }
    }
}
