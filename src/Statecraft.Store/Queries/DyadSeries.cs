using System.Data.Common;
using DuckDB.NET.Data;
using Statecraft.Store.Database;

namespace Statecraft.Store.Queries;

/// <summary>
/// Aggregates stored events into per-period series: counts by quad class, Goldstein sum and mean, for one
/// dyad or for every country pair. The aggregation runs inside DuckDB; only one row per period comes back.
/// </summary>
public sealed class DyadSeries(EventStore store)
{
    private const string Measures = """
        count(*) AS events, count_if(quad = 1), count_if(quad = 2), count_if(quad = 3), count_if(quad = 4),
        coalesce(sum(goldstein), 0), avg(goldstein)
        """;

    private const string MonthlyMeasures = """
        CAST(sum(events) AS BIGINT), CAST(sum(q1) AS BIGINT), CAST(sum(q2) AS BIGINT), CAST(sum(q3) AS BIGINT), CAST(sum(q4) AS BIGINT),
        sum(goldstein_sum), sum(goldstein_sum) / nullif(sum(goldstein_count), 0)
        """;

    /// <summary>The series for <paramref name="query"/>, one point per period from the first to the last, empty periods included.</summary>
    public IReadOnlyList<SeriesPoint> Run(SeriesQuery query)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = FromMonthlyTable(query)
            ? $"""
                SELECT CAST(date_trunc('{query.By.SqlPart()}', month) AS DATE) AS period, {MonthlyMeasures}
                FROM dyad_months {Filter(query, command, "month")} GROUP BY period ORDER BY period
                """
            : $"""
                SELECT CAST(date_trunc('{query.By.SqlPart()}', event_date) AS DATE) AS period, {Measures}
                FROM events {Filter(query, command)} GROUP BY period ORDER BY period
                """;
        var points = new List<SeriesPoint>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                points.Add(Point(reader, 0, query.By));
            }
        }

        return FillGaps(points, query);
    }

    /// <summary>
    /// Whether <c>dyad_months</c> answers the query exactly: periods of a month or longer, no issue filter,
    /// and dates that start and end on month boundaries.
    /// </summary>
    internal static bool FromMonthlyTable(SeriesQuery query) =>
        query.By is SeriesPeriod.Month or SeriesPeriod.Quarter or SeriesPeriod.Year
        && query.Issue is null
        && (query.From is null || query.From.Value.Day == 1)
        && (query.To is null || query.To.Value.AddDays(1).Day == 1);

    /// <summary>The series of every directed country pair (events with both countries known), period by period.</summary>
    public IReadOnlyList<PairSeriesPoint> ByPair(SeriesQuery query)
    {
        using var command = store.Connection.CreateCommand();
        var all = query with { Source = SeriesQuery.Any, Target = SeriesQuery.Any };
        var monthly = FromMonthlyTable(all);
        var where = Filter(all, command, monthly ? "month" : "event_date");
        var known = monthly ? "source_country <> '' AND target_country <> ''" : "source_country IS NOT NULL AND target_country IS NOT NULL";
        command.CommandText = $"""
            SELECT source_country, target_country, CAST(date_trunc('{query.By.SqlPart()}', {(monthly ? "month" : "event_date")}) AS DATE) AS period,
                {(monthly ? MonthlyMeasures : Measures)}
            FROM {(monthly ? "dyad_months" : "events")} {where} {(where.Length == 0 ? "WHERE" : "AND")} {known}
            GROUP BY ALL ORDER BY 1, 2, 3
            """;
        var points = new List<PairSeriesPoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            points.Add(new PairSeriesPoint(reader.GetString(0), reader.GetString(1), Point(reader, 2, query.By)));
        }

        return points;
    }

    /// <summary>The first and last event dates in the store, or null when it is empty.</summary>
    public (DateOnly First, DateOnly Last)? Coverage()
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT min(event_date), max(event_date) FROM events";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0)
            ? (DateOnly.FromDateTime(reader.GetDateTime(0)), DateOnly.FromDateTime(reader.GetDateTime(1)))
            : null;
    }

    private static SeriesPoint Point(DbDataReader reader, int at, SeriesPeriod by)
    {
        var period = DateOnly.FromDateTime(reader.GetDateTime(at));
        return new SeriesPoint(
            period, by.Label(period), reader.GetInt64(at + 1), reader.GetInt64(at + 2), reader.GetInt64(at + 3),
            reader.GetInt64(at + 4), reader.GetInt64(at + 5), reader.GetDouble(at + 6), reader.IsDBNull(at + 7) ? null : reader.GetDouble(at + 7));
    }

    private static List<SeriesPoint> FillGaps(List<SeriesPoint> points, SeriesQuery query)
    {
        if (points.Count == 0 && (query.From is null || query.To is null))
        {
            return points;
        }

        var first = query.By.Start(query.From ?? points[0].Period);
        var last = query.By.Start(query.To ?? points[^1].Period);
        DateLimits.CheckPeriods(first, last, query.By);
        var known = points.ToDictionary(p => p.Period);
        var filled = new List<SeriesPoint>();
        for (var period = first; period <= last; period = query.By.Next(period))
        {
            filled.Add(known.GetValueOrDefault(period) ?? SeriesPoint.Empty(period, query.By.Label(period)));
        }

        return filled;
    }

    /// <summary>The WHERE clause for the query's dyad, issue and dates, with its parameters added to <paramref name="command"/>.</summary>
    internal static string Filter(SeriesQuery query, DuckDBCommand command, string dateColumn = "event_date")
    {
        var clauses = new List<string>();
        var (s, t) = (query.Source != SeriesQuery.Any, query.Target != SeriesQuery.Any);
        if (!query.Both)
        {
            AddOptional(clauses, command, "source_country = $s", "s", s ? query.Source : null);
            AddOptional(clauses, command, "target_country = $t", "t", t ? query.Target : null);
        }
        else if (s && t)
        {
            clauses.Add("((source_country = $s AND target_country = $t) OR (source_country = $t AND target_country = $s))");
            command.Parameters.Add(new DuckDBParameter("s", query.Source));
            command.Parameters.Add(new DuckDBParameter("t", query.Target));
        }
        else
        {
            AddOptional(clauses, command, "(source_country = $x OR target_country = $x)", "x", s ? query.Source : t ? query.Target : null);
        }

        AddOptional(clauses, command, "list_contains(issues, $issue)", "issue", query.Issue);
        AddOptional(clauses, command, dateColumn + " >= $from", "from", query.From);
        AddOptional(clauses, command, dateColumn + " <= $to", "to", query.To);
        return clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses);
    }

    private static void AddOptional(List<string> clauses, DuckDBCommand command, string clause, string name, object? value)
    {
        if (value is not null)
        {
            clauses.Add(clause);
            command.Parameters.Add(new DuckDBParameter(name, value));
        }
    }
}
