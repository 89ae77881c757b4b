using System.Globalization;
using DuckDB.NET.Data;

namespace Statecraft.Store.Imports;

/// <summary>The set-based steps that close an import inside its transaction: duplicates, documents, actors, the run record.</summary>
internal static class ImportFinisher
{
    /// <summary>Removes this import's rows whose key is already stored or appears earlier in the file; returns how many.</summary>
    public static long RemoveDuplicates(DuckDBConnection connection, int importId)
    {
        long removed = 0;
        if (Scalar(connection, "SELECT count(*) FROM import_runs", importId) > 0)
        {
            removed += Execute(connection, """
                DELETE FROM events WHERE import_id = $id
                AND event_key IN (SELECT event_key FROM events WHERE import_id <> $id)
                """, importId);
        }

        if (Scalar(connection, "SELECT count(*) - count(DISTINCT event_key) FROM events WHERE import_id = $id", importId) > 0)
        {
            removed += Execute(connection, """
                DELETE FROM events WHERE import_id = $id AND rowid IN (
                    SELECT rowid FROM (
                        SELECT rowid, row_number() OVER (PARTITION BY event_key ORDER BY line) AS copy
                        FROM events WHERE import_id = $id)
                    WHERE copy > 1)
                """, importId);
        }

        return removed;
    }

    /// <summary>Adds the documents and actors this import's events name (keeping what earlier imports recorded) and its monthly dyad counts.</summary>
    public static void RecordDocumentsAndActors(DuckDBConnection connection, int importId)
    {
        Execute(connection, """
            INSERT OR IGNORE INTO documents
            SELECT doc_id, CASE WHEN doc_id LIKE 'http%' THEN doc_id END, $id
            FROM events WHERE import_id = $id AND doc_id IS NOT NULL GROUP BY doc_id
            """, importId);
        Execute(connection, """
            INSERT OR IGNORE INTO actors
            SELECT code, any_value(country), $id FROM (
                SELECT source_actor AS code, source_country AS country FROM events WHERE import_id = $id
                UNION ALL
                SELECT target_actor, target_country FROM events WHERE import_id = $id)
            WHERE code IS NOT NULL GROUP BY code
            """, importId);
        Execute(connection, Database.DyadMonths.AddImport, importId);
    }

    public static int NextImportId(DuckDBConnection connection) =>
        (int)Scalar(connection, "SELECT coalesce(max(import_id), 0) + 1 FROM import_runs", 0);

    public static long Scalar(DuckDBConnection connection, string sql, int importId)
    {
        using var command = Command(connection, sql, importId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static long Execute(DuckDBConnection connection, string sql, int importId)
    {
        using var command = Command(connection, sql, importId);
        return command.ExecuteNonQuery();
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, int importId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$id", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("id", importId));
        }

        return command;
    }
}
