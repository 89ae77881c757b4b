using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Statecraft.Benchmarks.Store;

/// <summary>
/// The baseline a user has without Statecraft: DuckDB's own SQL straight over the GDELT CSV (types detected by
/// DuckDB's sniffer): load it into a fresh database file, and compute the monthly USA→GEO dyad series from the CSV
/// without loading it.
/// </summary>
public static class DuckDbBaseline
{
    public static void Run(string csv, string db)
    {
        foreach (var stale in new[] { db, db + ".wal" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        using var connection = new DuckDBConnection("Data Source=" + db);
        connection.Open();
        var file = "'" + csv.Replace("'", "''", StringComparison.Ordinal) + "'";
        Time("load: CREATE TABLE events AS SELECT * FROM read_csv(FILE)", connection, $"CREATE TABLE events AS SELECT * FROM read_csv({file})");
        Time("dyad series over the CSV (USA->GEO, monthly)", connection, $"""
            SELECT SQLDATE // 100 AS month, count(*), count_if(QuadClass = 1), count_if(QuadClass = 2), count_if(QuadClass = 3),
                count_if(QuadClass = 4), sum(GoldsteinScale), avg(GoldsteinScale)
            FROM read_csv({file}) WHERE Actor1CountryCode = 'USA' AND Actor2CountryCode = 'GEO' GROUP BY ALL ORDER BY month
            """);
        Time("dyad series over the loaded table", connection, """
            SELECT SQLDATE // 100 AS month, count(*), count_if(QuadClass = 1), count_if(QuadClass = 2), count_if(QuadClass = 3),
                count_if(QuadClass = 4), sum(GoldsteinScale), avg(GoldsteinScale)
            FROM events WHERE Actor1CountryCode = 'USA' AND Actor2CountryCode = 'GEO' GROUP BY ALL ORDER BY month
            """);
    }

    private static void Time(string what, DuckDBConnection connection, string sql)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} CPU-s, {rows} result rows"));
    }
}
