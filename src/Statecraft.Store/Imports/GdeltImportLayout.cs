using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// GDELT 1.0 and 2.0 event exports for DuckDB. Raw exports are tab-separated without a header and are read by the
/// codebook's column positions (<see cref="GdeltLayout"/>); a file whose first line names GLOBALEVENTID (such as
/// the comma-separated, <c>NA</c>-for-missing variant written by R) is read by the header's names.
/// </summary>
/// <remarks>
/// GDELT 1.0 rows have 58 columns, or 57 in the 1979-2013 back-files (no SOURCEURL); both are read as 58 with
/// null padding, and a row that ends before DATEADDED (column 57) is rejected.
/// </remarks>
internal static class GdeltImportLayout
{
    private const string DateAddedField = "DATEADDED";

    public static CsvImportLayout For(string first, ImportFormat format, string path)
    {
        if (!first.Contains("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase))
        {
            var layout = format == ImportFormat.Gdelt2 ? GdeltLayout.Gdelt2 : GdeltLayout.Gdelt1;
            var names = Enumerable.Range(0, layout.Columns).Select(i => "column " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var dateAdded = layout.Columns - 2;
            names[dateAdded] = DateAddedField;
            return Build('\t', false, names, layout, format == ImportFormat.Gdelt1 ? dateAdded : -1);
        }

        var delimiter = first.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var header = CsvHeader.Names(first, delimiter, path);
        var named = GdeltLayout.FromHeader(header) ?? throw CsvImportLayout.HeaderError(path,
            "the header lacks a GDELT column (GLOBALEVENTID, SQLDATE, Actor1Code, Actor2Code, EventCode, QuadClass, GoldsteinScale)");
        return Build(delimiter, true, header, named, -1) with { NaIsMissing = delimiter == ',' };
    }

    private static CsvImportLayout Build(char delimiter, bool hasHeader, IReadOnlyList<string> names, GdeltLayout at, int requiredLast)
    {
        var columns = names.Select(n => new CsvColumn(n)).ToArray();
        columns[at.EventId] = new CsvColumn("GLOBALEVENTID", "BIGINT", "'{0}' is not an event id");
        columns[at.SqlDate] = new CsvColumn("SQLDATE", "DATE", "'{0}' is not a date of the form YYYYMMDD");
        columns[at.QuadClass] = new CsvColumn("QuadClass", "TINYINT", "'{0}' is not a quad class 1-4");
        columns[at.Goldstein] = new CsvColumn("GoldsteinScale", "DOUBLE", "'{0}' is not a Goldstein weight in -10..10");
        string C(int i) => CsvImportLayout.C(i);
        var expected = requiredLast >= 0 ? "57 or 58" : names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var checks = new List<(string, string, string)>();
        if (requiredLast >= 0)
        {
            checks.Add(($"{C(requiredLast)} IS NULL", string.Empty, CsvImportLayout.Literal($"expected {expected} columns, found fewer")));
        }

        checks.Add(($"{C(at.EventId)} IS NULL", "GLOBALEVENTID", CsvImportLayout.Literal("'' is not an event id")));
        checks.Add(($"{C(at.SqlDate)} IS NULL", "SQLDATE", CsvImportLayout.Literal("'' is not a date of the form YYYYMMDD")));
        checks.Add(($"NOT {CsvSql.InDateRange(C(at.SqlDate))}", "SQLDATE", CsvSql.Quoted($"strftime({C(at.SqlDate)}, '%Y%m%d')", "is not a date of the form YYYYMMDD in " + DateLimits.Range)));
        checks.Add(($"NOT {CsvSql.IsCameo(C(at.EventCode))}", "EventCode", CsvSql.Quoted(C(at.EventCode), "is not a CAMEO event code")));
        checks.Add(($"{C(at.QuadClass)} IS NULL OR {C(at.QuadClass)} NOT BETWEEN 1 AND 4", "QuadClass", CsvSql.Quoted(C(at.QuadClass), "is not a quad class 1-4")));
        checks.Add(($"NOT {CsvSql.IsWeight(C(at.Goldstein))}", "GoldsteinScale", CsvSql.Quoted(C(at.Goldstein), "is not a Goldstein weight in -10..10")));

        var staging = $"""
            'gdelt:' || {C(at.EventId)} AS event_key, {CsvSql.Text(at.SourceUrl)} AS doc_id, NULL::INTEGER AS sentence,
            {C(at.SqlDate)} AS event_date, 'day' AS date_precision,
            {CsvSql.Text(at.Actor1Code)} AS source_actor, {CsvSql.Text(at.Actor1Country)} AS source_country,
            {CsvSql.Text(at.Actor2Code)} AS target_actor, {CsvSql.Text(at.Actor2Country)} AS target_country,
            {C(at.EventCode)} AS cameo, {C(at.QuadClass)} AS quad, {C(at.Goldstein)} AS goldstein,
            NULL::VARCHAR AS plover, []::VARCHAR[] AS issues, false AS negated, NULL::VARCHAR AS evidence,
            {CsvSql.Checks(checks)}
            """;
        return new CsvImportLayout(delimiter, hasHeader, columns, false, requiredLast >= 0, "%Y%m%d", staging, CsvLookups.None);
    }
}
