using System.Globalization;
using DuckDB.NET.Data;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Store.Imports;

/// <summary>
/// Reads a delimited event file with DuckDB's own parallel <c>read_csv</c> inside the import's transaction:
/// explicit column types, rows that do not parse kept in a rejects table with their line numbers, every other
/// row checked in SQL; then good rows go to <c>events</c> and bad ones to <c>import_errors</c>.
/// </summary>
/// <remarks>
/// DuckDB keeps the file's row order when it stores a scan (insertion order is preserved), so the n-th staged
/// row is the n-th row DuckDB accepted. Its line number is found by stepping over the lines DuckDB did not
/// stage: rejected rows (whose lines DuckDB reports) and blank lines (which DuckDB skips, and <see cref="FileScan"/>
/// counts). A quoted field that spans lines counts as one line.
/// </remarks>
internal sealed class DuckDbCsvImport(DuckDBConnection connection, int importId, string file, CsvImportLayout layout, ImportOptions options)
{
    private const string Staged = "import_staged";
    private const string Rejects = "import_rejects";
    private const string RejectScans = "import_reject_scans";
    private const string Rejected = "import_rejected";
    private const string Gaps = "import_gaps";
    private static readonly string[] TempTables = [Staged, Rejects, RejectScans, Rejected, Gaps, "import_country_names", "import_iso3", "import_blank"];

    /// <summary>Rows read (staged and rejected) and the rows skipped as malformed, with the first errors.</summary>
    public (long Read, long Skipped, IReadOnlyList<InputError> Errors) Run(string path, IReadOnlyList<long> blankLines, CancellationToken cancellationToken)
    {
        DropTemporaries();
        if (layout.Lookups == CsvLookups.Iso3Codes)
        {
            Fill("import_iso3", "code VARCHAR", Countries.All.Select(c => c.Iso3));
        }

        Execute($"CREATE TEMP TABLE {Staged} AS SELECT {layout.Staging} FROM {layout.ReadCsv(path, Rejects, RejectScans)}", cancellationToken);
        var (field, message) = layout.RejectCase();
        Execute($"""
            CREATE TEMP TABLE {Rejected} AS
            SELECT line,
                CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') THEN '' ELSE {field} END AS field,
                CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
                     THEN 'expected ' || regexp_extract(error_message, 'Columns: ([0-9]+)', 1) || ' columns, found ' || regexp_extract(error_message, 'Found: ([0-9]+)', 1)
                     WHEN error_type = 'CAST' THEN {message} ELSE error_message END AS message
            FROM (SELECT *, regexp_extract(error_message, 'Could not convert string "(.*)" to', 1) AS value,
                    row_number() OVER (PARTITION BY line ORDER BY error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') DESC, column_idx) AS n
                  FROM {Rejects})
            WHERE n = 1
            """, cancellationToken);
        var lined = Lines(blankLines, cancellationToken);
        var read = Scalar($"SELECT (SELECT count(*) FROM {Staged}) + (SELECT count(*) FROM {Rejected})");
        var errors = $"SELECT line, err_field AS field, err_message AS message FROM {lined} WHERE err_field IS NOT NULL UNION ALL SELECT line, field, message FROM {Rejected}";
        var first = Errors($"{errors} ORDER BY line LIMIT {(options.Strict ? 1 : Math.Max(0, options.ReportedErrors)).ToString(CultureInfo.InvariantCulture)}");
        if (options.Strict && first.Count > 0)
        {
            throw new InvalidInputException(first[0]);
        }

        var countries = layout.Lookups == CsvLookups.CountryNames ? MapCountryNames(lined) : ("source_country", "target_country");
        Execute($"""
            INSERT INTO events
            SELECT event_key, $id, line, doc_id, sentence, event_date, date_precision, source_actor, {countries.Item1}, target_actor, {countries.Item2},
                cameo, quad, goldstein, plover, issues, negated, evidence
            FROM {lined} WHERE err_field IS NULL
            """, cancellationToken);
        options.Progress?.Invoke(read);
        var skipped = Execute($"INSERT INTO import_errors SELECT $id, line, field, message FROM ({errors})", cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        DropTemporaries();
        return (read, skipped, first);
    }

    /// <summary>
    /// Gives each staged row its line: the k-th staged row sits on line h + k + j, where h is the header's lines
    /// and j the number of unstaged lines before it; the j-th unstaged line (sorted) has g = line - h - j staged
    /// rows before it, so j is the largest j whose g is below k (an ASOF join over the largest j per g).
    /// </summary>
    /// <returns>A subquery of the staged rows with their <c>line</c>.</returns>
    private string Lines(IReadOnlyList<long> blankLines, CancellationToken cancellationToken)
    {
        var header = layout.HasHeader ? 1 : 0;
        Fill("import_blank", "line BIGINT", blankLines.Where(l => l > header).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        Execute($"""
            CREATE TEMP TABLE {Gaps} AS
            SELECT g, max(j) AS j FROM (
                SELECT line - {header} - row_number() OVER (ORDER BY line) AS g, row_number() OVER (ORDER BY line) AS j
                FROM (SELECT line FROM {Rejected} UNION SELECT line FROM import_blank))
            GROUP BY g
            """, cancellationToken);
        Execute("DROP TABLE import_blank", cancellationToken);
        // Rows appended inside a transaction get row ids from a high base, in the order appended.
        var first = Scalar($"SELECT coalesce(min(rowid), 0) FROM {Staged}").ToString(CultureInfo.InvariantCulture);
        return Scalar($"SELECT count(*) FROM {Gaps}") == 0
            ? $"(SELECT {header} + (rowid - {first}) + 1 AS line, * FROM {Staged})"
            : $"""
                (SELECT {header} + s.k + coalesce(gp.j, 0) AS line, s.* EXCLUDE (k)
                 FROM (SELECT (rowid - {first}) + 1 AS k, * FROM {Staged}) s ASOF LEFT JOIN {Gaps} gp ON s.k > gp.g)
                """;
    }

    /// <summary>Maps the distinct ICEWS country names to ISO alpha-3 codes; returns the SQL for the source and target country.</summary>
    private (string, string) MapCountryNames(string lined)
    {
        var names = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT name FROM (SELECT source_country AS name FROM {lined} UNION SELECT target_country FROM {lined}) WHERE name IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        Execute("CREATE TEMP TABLE import_country_names (name VARCHAR, iso3 VARCHAR)", CancellationToken.None);
        using (var appender = connection.CreateAppender("import_country_names"))
        {
            foreach (var name in names)
            {
                if (CountryNames.TryGetIso3(name, out var iso3))
                {
                    appender.CreateRow().AppendValue(name).AppendValue(iso3).EndRow();
                }
            }
        }

        return ("(SELECT iso3 FROM import_country_names n WHERE n.name = source_country)", "(SELECT iso3 FROM import_country_names n WHERE n.name = target_country)");
    }

    private List<InputError> Errors(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var errors = new List<InputError>();
        while (reader.Read())
        {
            var line = reader.GetInt64(0);
            errors.Add(new InputError(file, (int)Math.Min(line, int.MaxValue), 0, reader.IsDBNull(1) ? string.Empty : reader.GetString(1), reader.GetString(2)));
        }

        return errors;
    }

    private void Fill(string table, string definition, IEnumerable<string> values)
    {
        Execute($"CREATE TEMP TABLE {table} ({definition})", CancellationToken.None);
        using var appender = connection.CreateAppender(table);
        var numeric = definition.Contains("BIGINT", StringComparison.Ordinal);
        foreach (var value in values)
        {
            var row = appender.CreateRow();
            (numeric ? row.AppendValue(long.Parse(value, CultureInfo.InvariantCulture)) : row.AppendValue(value)).EndRow();
        }
    }

    private void DropTemporaries()
    {
        foreach (var table in TempTables)
        {
            Execute($"DROP TABLE IF EXISTS temp.{table}", CancellationToken.None);
        }
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private long Execute(string sql, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$id", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("id", importId));
        }

        using var registration = cancellationToken.Register(command.Cancel);
        try
        {
            return command.ExecuteNonQuery();
        }
        catch (DuckDBException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
