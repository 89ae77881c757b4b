using DuckDB.NET.Data;

namespace Statecraft.Store.Imports;

/// <summary>The <c>import_runs</c> table: one row per file imported, keyed by the SHA-256 of its content.</summary>
internal static class ImportRuns
{
    public static bool AnyOfSize(DuckDBConnection connection, long size)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM import_runs WHERE size_bytes = $size";
        command.Parameters.Add(new DuckDBParameter("size", size));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The earlier import of a file with this content, as a result that adds nothing.</summary>
    public static ImportResult? FindByHash(DuckDBConnection connection, string sha256, string file, ImportFormat format)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT import_id, rows_read FROM import_runs WHERE content_sha256 = $hash";
        command.Parameters.Add(new DuckDBParameter("hash", sha256));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ImportResult(reader.GetInt32(0), file, format, reader.GetInt64(1), 0, 0, reader.GetInt64(1), true, [])
            : null;
    }

    public static void Record(DuckDBConnection connection, ImportResult result, string sha256, long size, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO import_runs VALUES ($id, $file, $format, $hash, $size, $read, $imported, $skipped, $duplicates, $at)";
        command.Parameters.Add(new DuckDBParameter("id", result.ImportId));
        command.Parameters.Add(new DuckDBParameter("file", result.File));
        command.Parameters.Add(new DuckDBParameter("format", result.Format.ToString().ToLowerInvariant()));
        command.Parameters.Add(new DuckDBParameter("hash", sha256));
        command.Parameters.Add(new DuckDBParameter("size", size));
        command.Parameters.Add(new DuckDBParameter("read", result.RowsRead));
        command.Parameters.Add(new DuckDBParameter("imported", result.Imported));
        command.Parameters.Add(new DuckDBParameter("skipped", result.Skipped));
        command.Parameters.Add(new DuckDBParameter("duplicates", result.Duplicates));
        command.Parameters.Add(new DuckDBParameter("at", at.UtcDateTime));
        command.ExecuteNonQuery();
    }
}
