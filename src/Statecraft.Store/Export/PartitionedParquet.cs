using Statecraft.Store.Database;
using Statecraft.Store.Imports;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Export;

/// <summary>
/// Hive-partitioned Parquet (<c>year=2017/month=3/data_0.parquet</c>) that DuckDB, Trino, Spark, ClickHouse and BigQuery
/// external tables read directly: the hand-over from the embedded store to an engine of several machines (docs/store.md).
/// Written with DuckDB's <c>COPY ... (FORMAT parquet, PARTITION_BY ...)</c>; read back with <c>read_parquet</c>.
/// </summary>
public static class PartitionedParquet
{
    /// <summary>The columns a folder can be partitioned by, all derived from the event date.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["year", "month"];

    /// <summary>The coder's fields, in the order of the export (the partition columns are in the folder names).</summary>
    private const string CoderFields = "doc, sentence, date, date_precision, source, source_country, target, target_country, cameo, quad, goldstein, plover, issues, negated, text";

    /// <summary>
    /// Writes the events <paramref name="filter"/> selects into <paramref name="folder"/>, partitioned by
    /// <paramref name="partitionBy"/> (a subset of <see cref="Keys"/>, in order). The folder appears whole or not at all:
    /// DuckDB writes a sibling folder that is then moved into place. Returns the number of events.
    /// </summary>
    public static long Export(EventStore store, string folder, IReadOnlyList<string> partitionBy, SeriesQuery? filter = null)
    {
        if (partitionBy.Count == 0 || partitionBy.Any(k => !Keys.Contains(k)) || partitionBy.Distinct().Count() != partitionBy.Count)
        {
            throw new ArgumentException($"partition by one or more of {string.Join(", ", Keys)}, each once", nameof(partitionBy));
        }

        var full = Path.GetFullPath(folder);
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new IOException($"'{folder}' exists and is not an empty folder; a partitioned export writes a new folder");
        }

        var temporary = full + ".partial";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        using var command = store.Connection.CreateCommand();
        var where = DyadSeries.Filter(filter ?? new SeriesQuery(), command);
        command.CommandText = $"""
            COPY (
                SELECT doc_id AS doc, sentence,
                    CASE date_precision WHEN 'month' THEN strftime(event_date, '%Y-%m') WHEN 'year' THEN strftime(event_date, '%Y')
                        ELSE strftime(event_date, '%Y-%m-%d') END AS date,
                    date_precision, source_actor AS source, source_country, target_actor AS target, target_country,
                    cameo, quad, goldstein, plover, issues, negated, evidence AS text,
                    event_key, e.import_id, r.source_file, line,
                    year(event_date) AS year, month(event_date) AS month
                FROM events e JOIN import_runs r USING (import_id) {where}
                ORDER BY e.import_id, line)
            TO '{Quote(temporary)}' (FORMAT parquet, PARTITION_BY ({string.Join(", ", partitionBy)}))
            """;
        var count = command.ExecuteNonQuery();
        if (Directory.Exists(full))
        {
            Directory.Delete(full);
        }

        if (!Directory.Exists(temporary))
        {
            Directory.CreateDirectory(temporary);
        }

        Directory.Move(temporary, full);
        return count;
    }

    /// <summary>
    /// Imports every <c>*.parquet</c> file under <paramref name="folder"/> (hive-partitioned or not) written in the export's
    /// layout: the rows, in a fixed order, become the coder's JSONL and go through the JSONL import (one transaction,
    /// duplicates removed, a folder whose content was imported before adds nothing).
    /// </summary>
    public static ImportResult Import(EventStore store, string folder, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The Parquet folder '{folder}' does not exist.");
        }

        if (!Directory.EnumerateFiles(full, "*.parquet", SearchOption.AllDirectories).Any())
        {
            throw new FileNotFoundException($"The folder '{folder}' holds no .parquet file.", folder);
        }

        var jsonl = Path.Combine(Path.GetTempPath(), $"statecraft-parquet-{Environment.ProcessId}-{Path.GetFileName(full)}.jsonl");
        try
        {
            using (var command = store.Connection.CreateCommand())
            {
                var glob = Quote(Path.Combine(full, "**", "*.parquet"));
                command.CommandText = $"""
                    COPY (SELECT {CoderFields} FROM read_parquet('{glob}', hive_partitioning = true, union_by_name = true)
                          ORDER BY ALL)
                    TO '{Quote(jsonl)}' (FORMAT json)
                    """;
                command.ExecuteNonQuery();
            }

            var size = new FileInfo(jsonl).Length;
            return new EventImporter(store).Import(() => File.OpenRead(jsonl), full, size, ImportFormat.Jsonl, options ?? new ImportOptions(), cancellationToken);
        }
        finally
        {
            File.Delete(jsonl);
        }
    }

    private static string Quote(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
