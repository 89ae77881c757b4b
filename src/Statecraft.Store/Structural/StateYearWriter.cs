using DuckDB.NET.Data;
using Statecraft.Store.Database;

namespace Statecraft.Store.Structural;

/// <summary>Writes figures into <c>state_years</c> through a staging table and one upsert per column.</summary>
internal static class StateYearWriter
{
    public static void Upsert(DuckDBConnection connection, IReadOnlyList<StateYearValue> values)
    {
        Migrator.Execute(connection, "CREATE OR REPLACE TEMP TABLE staged_values (iso3 VARCHAR, year INTEGER, col VARCHAR, value DOUBLE)");
        using (var appender = connection.CreateAppender("staged_values"))
        {
            foreach (var v in values)
            {
                appender.CreateRow().AppendValue(v.Iso3).AppendValue(v.Year).AppendValue(v.Column.SqlName()).AppendValue(v.Value).EndRow();
            }
        }

        foreach (var column in values.Select(v => v.Column).Distinct())
        {
            var name = column.SqlName();
            Migrator.Execute(connection, $"""
                INSERT INTO state_years (iso3, year, {name})
                SELECT iso3, year, last(value) FROM staged_values WHERE col = '{name}' GROUP BY iso3, year
                ON CONFLICT (iso3, year) DO UPDATE SET {name} = excluded.{name}
                """);
        }

        Migrator.Execute(connection, "DROP TABLE staged_values");
    }
}
