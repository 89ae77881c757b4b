using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// The event coder's fields as comma-separated columns under a header (any order; <c>issues</c> joined with
/// <c>;</c>), for DuckDB: every column is read as text and checked in SQL by the rules of <see cref="CoderRecordParser"/>,
/// field by field in the same order, with the same messages.
/// </summary>
internal static class CoderCsvImportLayout
{
    private const string MaxInt = "2147483647";

    public static CsvImportLayout For(string first, string path)
    {
        var names = CsvHeader.Names(first, ',', path);
        int At(string name) => names.ToList().IndexOf(name);
        if (At("date") < 0 || At("cameo") < 0)
        {
            throw CsvImportLayout.HeaderError(path, "the header must name at least the columns date and cameo");
        }

        string T(string name) => CsvSql.Text(At(name));
        var date = $"trim({T("date")})";
        var start = $$"""
            CASE WHEN regexp_full_match({{date}}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(try_strptime({{date}}, '%Y-%m-%d') AS DATE)
                 WHEN regexp_full_match({{date}}, '[0-9]{4}-[0-9]{2}') THEN TRY_CAST(try_strptime({{date}} || '-01', '%Y-%m-%d') AS DATE)
                 WHEN regexp_full_match({{date}}, '[0-9]{4}') THEN TRY_CAST(try_strptime({{date}} || '-01-01', '%Y-%m-%d') AS DATE) END
            """;
        var dateOk = $"({start}) IS NOT NULL AND year({start}) >= 1";
        var form = $"CASE length({date}) WHEN 10 THEN 'day' WHEN 7 THEN 'month' ELSE 'year' END";
        var sentenceOk = Int(T("sentence"), "0", MaxInt);
        var quadOk = Int(T("quad"), "1", "4");
        var checks = new List<(string, string, string)>
        {
            ($"{T("date")} IS NULL", "date", CsvImportLayout.Literal("is missing or null: an event without a date cannot be placed in a series")),
            ($"NOT ({dateOk})", "date", CsvSql.Quoted(T("date"), "is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")),
            ($"NOT {CsvSql.InDateRange($"({start})")}", "date", CsvSql.Quoted(T("date"), "lies outside " + DateLimits.Range)),
            ($"{T("cameo")} IS NULL", "cameo", CsvImportLayout.Literal("is required")),
            ($"NOT {CsvSql.IsCameo(T("cameo"))}", "cameo", CsvSql.Quoted(T("cameo"), "is not a CAMEO event code (2-4 digits, root 01-20)")),
            ($"NOT ({sentenceOk})", "sentence", CsvSql.Quoted(T("sentence"), $"is not an integer in 0..{MaxInt}")),
            ($"coalesce({T("date_precision")} NOT IN ('day', 'month', 'year', 'document'), false)", "date_precision",
                CsvSql.Quoted(T("date_precision"), "is not one of day, month, year, document")),
            ($"{T("source_country")} NOT IN (SELECT code FROM import_iso3)", "source_country", CsvSql.Quoted(T("source_country"), "is not an ISO 3166-1 alpha-3 code")),
            ($"{T("target_country")} NOT IN (SELECT code FROM import_iso3)", "target_country", CsvSql.Quoted(T("target_country"), "is not an ISO 3166-1 alpha-3 code")),
            ($"NOT ({quadOk})", "quad", CsvSql.Quoted(T("quad"), "is not an integer in 1..4")),
            ($"{T("goldstein")} IS NOT NULL AND coalesce(NOT {CsvSql.IsWeight($"TRY_CAST({T("goldstein")} AS DOUBLE)")}, true)", "goldstein",
                CsvSql.Quoted(T("goldstein"), "is not a Goldstein weight in -10..10")),
            ($"coalesce({T("negated")} NOT IN ('true', 'false', '1', '0'), false)", "negated", CsvSql.Quoted(T("negated"), "is not true or false")),
        };
        var sentence = $"TRY_CAST({T("sentence")} AS INTEGER)";
        var key = $"""
            concat('coder|', coalesce({T("doc")}, ''), '|', coalesce(CAST({sentence} AS VARCHAR), ''), '|', coalesce({T("source")}, ''), '|',
                coalesce({T("target")}, ''), '|', {T("cameo")}, '|', {date})
            """;
        var issues = $"list_filter(list_transform(string_split(coalesce({T("issues")}, ''), ';'), i -> trim(i)), i -> i <> '')";
        var staging = $"""
            {key} AS event_key, {T("doc")} AS doc_id, {sentence} AS sentence,
            {start} AS event_date, coalesce({T("date_precision")}, {form}) AS date_precision,
            {T("source")} AS source_actor, {T("source_country")} AS source_country,
            {T("target")} AS target_actor, {T("target_country")} AS target_country,
            {T("cameo")} AS cameo, coalesce(TRY_CAST({T("quad")} AS TINYINT), {CsvSql.QuadOf(T("cameo"))}) AS quad,
            TRY_CAST({T("goldstein")} AS DOUBLE) AS goldstein, {T("plover")} AS plover, {issues} AS issues,
            coalesce({T("negated")} IN ('true', '1'), false) AS negated, {T("text")} AS evidence,
            {CsvSql.Checks(checks)}
            """;
        var columns = names.Select(n => new CsvColumn(n)).ToArray();
        return new CsvImportLayout(',', true, columns, false, false, "%Y-%m-%d", staging, CsvLookups.Iso3Codes);
    }

    /// <summary>True when <paramref name="text"/> is null or an integer (optional sign) in min..max.</summary>
    private static string Int(string text, string min, string max) =>
        $"{text} IS NULL OR coalesce(regexp_full_match({text}, '[+-]?[0-9]+') AND TRY_CAST({text} AS BIGINT) BETWEEN {min} AND {max}, false)";
}
