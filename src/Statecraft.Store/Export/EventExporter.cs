using Statecraft.Cases.Files;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Export;

/// <summary>
/// Writes stored events to a file with DuckDB's <c>COPY</c>, in the coder's field names plus provenance
/// (<c>event_key</c>, <c>import_id</c>, <c>source_file</c>, <c>line</c>). The file appears whole or not at all:
/// DuckDB writes a temporary file in the target's folder that is then moved into place (<see cref="OutputFile"/>).
/// </summary>
public sealed class EventExporter(EventStore store)
{
    /// <summary>Exports the events <paramref name="filter"/> selects (dyad, issue, dates) to <paramref name="path"/>; returns the count.</summary>
    public long Export(string path, ExportFormat format, SeriesQuery? filter = null)
    {
        long count = 0;
        OutputFile.Write(path, "FILE", [store.Path, store.Path + ".wal"], temporary => count = Copy(temporary, format, filter));
        return count;
    }

    private long Copy(string temporary, ExportFormat format, SeriesQuery? filter)
    {
        using var command = store.Connection.CreateCommand();
        var where = DyadSeries.Filter(filter ?? new SeriesQuery(), command);
        var issues = format == ExportFormat.Csv ? "array_to_string(issues, ';')" : "issues";
        command.CommandText = $"""
            COPY (
                SELECT doc_id AS doc, sentence,
                    CASE date_precision WHEN 'month' THEN strftime(event_date, '%Y-%m') WHEN 'year' THEN strftime(event_date, '%Y')
                        ELSE strftime(event_date, '%Y-%m-%d') END AS date,
                    date_precision, source_actor AS source, source_country, target_actor AS target, target_country,
                    cameo, quad, goldstein, plover, {issues} AS issues, negated, evidence AS text,
                    event_key, e.import_id, r.source_file, line
                FROM events e JOIN import_runs r USING (import_id) {where}
                ORDER BY e.import_id, line)
            TO '{temporary.Replace("'", "''", StringComparison.Ordinal)}' ({Options(format)})
            """;
        return command.ExecuteNonQuery();
    }

    private static string Options(ExportFormat format) => format switch
    {
        ExportFormat.Parquet => "FORMAT parquet",
        ExportFormat.Csv => "FORMAT csv, HEADER true",
        _ => "FORMAT json",
    };
}
