using DuckDB.NET.Data;
using Statecraft.Store.Database;

namespace Statecraft.Store.Structural;

/// <summary>Reads state-year figures from the store, for analyses whose case points to the store instead of carrying figures.</summary>
internal sealed class StateYearReader(EventStore store)
{
    /// <summary>The rows of <paramref name="states"/> from <paramref name="fromYear"/> to <paramref name="toYear"/>, by state then year.</summary>
    public IReadOnlyList<StateYear> Read(IReadOnlyCollection<string> states, int fromYear, int toYear)
    {
        var columns = Enum.GetValues<StateYearColumn>();
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT iso3, year, {string.Join(", ", columns.Select(c => c.SqlName()))} FROM state_years
            WHERE list_contains($states, iso3) AND year BETWEEN $from AND $to ORDER BY iso3, year
            """;
        command.Parameters.Add(new DuckDBParameter("states", states.ToList()));
        command.Parameters.Add(new DuckDBParameter("from", fromYear));
        command.Parameters.Add(new DuckDBParameter("to", toYear));
        var rows = new List<StateYear>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var figures = new Dictionary<StateYearColumn, double>();
            for (var i = 0; i < columns.Length; i++)
            {
                if (!reader.IsDBNull(i + 2))
                {
                    figures[columns[i]] = reader.GetDouble(i + 2);
                }
            }

            rows.Add(new StateYear(reader.GetString(0), reader.GetInt32(1), figures));
        }

        return rows;
    }
}
