namespace Statecraft.Store.Database;

/// <summary>
/// The <c>dyad_months</c> table: events per directed country pair and month, with quad-class counts and
/// Goldstein sums, kept up to date by every import so that monthly, quarterly and yearly series read a few
/// thousand rows instead of scanning every event. An unknown country is stored as the empty string.
/// </summary>
internal static class DyadMonths
{
    private const string Aggregate = """
        SELECT coalesce(source_country, ''), coalesce(target_country, ''), CAST(date_trunc('month', event_date) AS DATE),
            count(*), count_if(quad = 1), count_if(quad = 2), count_if(quad = 3), count_if(quad = 4),
            coalesce(sum(goldstein), 0), count(goldstein)
        FROM events
        """;

    /// <summary>Fills the table from every stored event (migration 3, for stores imported before it existed).</summary>
    public const string Backfill = "INSERT INTO dyad_months " + Aggregate + " GROUP BY ALL";

    /// <summary>Adds one import's events to the table (parameter <c>$id</c>).</summary>
    public const string AddImport = "INSERT INTO dyad_months " + Aggregate + """
         WHERE import_id = $id GROUP BY ALL
        ON CONFLICT (source_country, target_country, month) DO UPDATE SET
            events = events + excluded.events, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2,
            q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
            goldstein_sum = goldstein_sum + excluded.goldstein_sum, goldstein_count = goldstein_count + excluded.goldstein_count
        """;
}
