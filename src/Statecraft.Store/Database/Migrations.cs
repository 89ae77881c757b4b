namespace Statecraft.Store.Database;

/// <summary>The store's schema history. Append new migrations; never edit one that has shipped.</summary>
/// <remarks>The tables are described in <c>docs/store.md</c>.</remarks>
internal static class Migrations
{
    /// <summary>Every migration, by ascending version.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "events", [
            """
            CREATE TABLE import_runs (
                import_id INTEGER PRIMARY KEY, source_file VARCHAR NOT NULL, format VARCHAR NOT NULL,
                content_sha256 VARCHAR NOT NULL UNIQUE, size_bytes BIGINT NOT NULL, rows_read BIGINT NOT NULL,
                imported BIGINT NOT NULL, skipped BIGINT NOT NULL, duplicates BIGINT NOT NULL, imported_at TIMESTAMP)
            """,
            "CREATE TABLE import_errors (import_id INTEGER NOT NULL, line BIGINT NOT NULL, field VARCHAR, message VARCHAR NOT NULL)",
            "CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, source_url VARCHAR, import_id INTEGER NOT NULL)",
            "CREATE TABLE actors (code VARCHAR PRIMARY KEY, country VARCHAR, import_id INTEGER NOT NULL)",
            """
            CREATE TABLE events (
                event_key VARCHAR NOT NULL, import_id INTEGER NOT NULL, line BIGINT NOT NULL,
                doc_id VARCHAR, sentence INTEGER, event_date DATE NOT NULL, date_precision VARCHAR NOT NULL,
                source_actor VARCHAR, source_country VARCHAR, target_actor VARCHAR, target_country VARCHAR,
                cameo VARCHAR NOT NULL, quad TINYINT NOT NULL, goldstein DOUBLE, plover VARCHAR,
                issues VARCHAR[], negated BOOLEAN NOT NULL, evidence VARCHAR)
            """,
        ]),
        new(2, "state_years", [
            """
            CREATE TABLE state_years (
                iso3 VARCHAR NOT NULL, year INTEGER NOT NULL,
                gdp_current_usd DOUBLE, gdp_ppp_current_intl DOUBLE, population DOUBLE,
                milex_current_usd_m DOUBLE, milex_share_gdp DOUBLE,
                nmc_milex_thousands DOUBLE, nmc_milper DOUBLE, nmc_irst DOUBLE, nmc_pec DOUBLE,
                nmc_tpop DOUBLE, nmc_upop DOUBLE, nmc_cinc DOUBLE,
                PRIMARY KEY (iso3, year))
            """,
        ]),
        new(3, "dyad_months", [
            """
            CREATE TABLE dyad_months (
                source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL, month DATE NOT NULL,
                events BIGINT NOT NULL, q1 BIGINT NOT NULL, q2 BIGINT NOT NULL, q3 BIGINT NOT NULL, q4 BIGINT NOT NULL,
                goldstein_sum DOUBLE NOT NULL, goldstein_count BIGINT NOT NULL,
                PRIMARY KEY (source_country, target_country, month))
            """,
            DyadMonths.Backfill,
        ]),
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int Latest => All[^1].Version;
}
