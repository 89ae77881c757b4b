using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// ICEWS coded event files (Boschee et al., Harvard Dataverse) for DuckDB: tab-separated, with the header
/// <c>Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity,
/// Target Name, Target Sectors, Target Country, Story ID, Sentence Number, …</c>.
/// </summary>
/// <remarks>
/// Country names become ISO alpha-3 codes after reading (<see cref="CsvLookups.CountryNames"/>); a name that is not
/// known leaves the country empty. Actors keep ICEWS's names. <c>Intensity</c> is ICEWS's Goldstein-scale weight;
/// the quad class comes from the CAMEO root. A CAMEO code whose leading zero was lost (<c>42</c> for <c>042</c>) gets it back.
/// </remarks>
internal static class IcewsImportLayout
{
    private static readonly string[] Required = ["Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code", "Intensity", "Target Name", "Target Country"];

    public static CsvImportLayout For(string first, string path)
    {
        var names = CsvHeader.Names(first, '\t', path);
        var missing = Required.Where(c => !names.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw CsvImportLayout.HeaderError(path, "the ICEWS header lacks: " + string.Join(", ", missing));
        }

        int At(string name) => names.ToList().IndexOf(name);
        string C(string name) => CsvImportLayout.C(At(name));
        var columns = names.Select(n => new CsvColumn(n)).ToArray();
        columns[At("Event Date")] = new CsvColumn("Event Date", "DATE", "'{0}' is not a date of the form YYYY-MM-DD");
        columns[At("Intensity")] = new CsvColumn("Intensity", "DOUBLE", "'{0}' is not a weight in -10..10");

        var code = C("CAMEO Code");
        var cameo = $"CASE WHEN {CsvSql.IsCameo(code)} THEN {code} WHEN length({code}) IN (2, 3) AND {CsvSql.IsCameo("'0' || " + code)} THEN '0' || {code} END";
        var sentence = At("Sentence Number") is var s and >= 0
            ? $"CASE WHEN regexp_full_match({CsvImportLayout.C(s)}, '[0-9]{{1,9}}') THEN CAST({CsvImportLayout.C(s)} AS INTEGER) END"
            : "NULL::INTEGER";
        var checks = new List<(string, string, string)>
        {
            ($"{C("Event ID")} IS NULL", "Event ID", CsvImportLayout.Literal("is required")),
            ($"NOT regexp_full_match({C("Event ID")}, '[0-9]+')", "Event ID", CsvSql.Quoted(C("Event ID"), "is not an ICEWS event id (digits)")),
            ($"{C("Event Date")} IS NULL", "Event Date", CsvImportLayout.Literal("'' is not a date of the form YYYY-MM-DD")),
            ($"NOT {CsvSql.InDateRange(C("Event Date"))}", "Event Date", CsvSql.Quoted($"strftime({C("Event Date")}, '%Y-%m-%d')", "is not a date of the form YYYY-MM-DD in " + DateLimits.Range)),
            ($"({cameo}) IS NULL", "CAMEO Code", CsvSql.Quoted(code, "is not a CAMEO event code")),
            ($"NOT {CsvSql.IsWeight(C("Intensity"))}", "Intensity", CsvSql.Quoted(C("Intensity"), "is not a weight in -10..10")),
        };
        var staging = $"""
            'icews:' || {C("Event ID")} AS event_key, {CsvSql.Text(At("Story ID"))} AS doc_id, {sentence} AS sentence,
            {C("Event Date")} AS event_date, 'day' AS date_precision,
            {CsvSql.Text(At("Source Name"))} AS source_actor, {CsvSql.Text(At("Source Country"))} AS source_country,
            {CsvSql.Text(At("Target Name"))} AS target_actor, {CsvSql.Text(At("Target Country"))} AS target_country,
            {cameo} AS cameo, {CsvSql.QuadOf($"({cameo})")} AS quad, {C("Intensity")} AS goldstein,
            NULL::VARCHAR AS plover, []::VARCHAR[] AS issues, false AS negated, {CsvSql.Text(At("Event Text"))} AS evidence,
            {CsvSql.Checks(checks)}
            """;
        return new CsvImportLayout('\t', true, columns, false, false, "%Y-%m-%d", staging, CsvLookups.CountryNames);
    }
}
