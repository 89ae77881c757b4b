using System.Globalization;
using System.Text;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Imports;

/// <summary>One column of a delimited file as DuckDB's <c>read_csv</c> reads it.</summary>
/// <param name="Field">The name used in error messages (the codebook's or the header's).</param>
/// <param name="Type">The DuckDB type it is read as; a value that does not convert rejects the row.</param>
/// <param name="CastMessage">What is wrong with a value that does not convert; <c>{0}</c> is the value.</param>
internal sealed record CsvColumn(string Field, string Type = "VARCHAR", string? CastMessage = null);

/// <summary>
/// How DuckDB reads one event layout: the dialect, every column with its type (named <c>c0</c>, <c>c1</c>, … in
/// SQL), and the SELECT that turns a row into the event's columns plus <c>err_field</c> and <c>err_message</c>
/// (null when the row is good).
/// </summary>
internal sealed record CsvImportLayout(
    char Delimiter,
    bool HasHeader,
    IReadOnlyList<CsvColumn> Columns,
    bool NaIsMissing,
    bool NullPadding,
    string DateFormat,
    string Staging,
    CsvLookups Lookups)
{
    /// <summary>The SQL name of column <paramref name="index"/>.</summary>
    public static string C(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The <c>read_csv</c> call over <paramref name="path"/> that stores rejected rows in <paramref name="rejects"/>.</summary>
    public string ReadCsv(string path, string rejects, string rejectScans)
    {
        var columns = new StringBuilder();
        for (var i = 0; i < Columns.Count; i++)
        {
            columns.Append(i == 0 ? string.Empty : ", ").Append(Literal(C(i))).Append(": ").Append(Literal(Columns[i].Type));
        }

        var nulls = NaIsMissing ? "['NA', '']" : "['']";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            read_csv({{Literal(path)}}, auto_detect = false, delim = {{Literal(Delimiter.ToString())}}, quote = '"', escape = '"',
                header = {{(HasHeader ? "true" : "false")}}, columns = {{{columns}}}, nullstr = {{nulls}}, allow_quoted_nulls = false,
                null_padding = {{(NullPadding ? "true" : "false")}}, dateformat = {{Literal(DateFormat)}}, max_line_size = 16777216,
                store_rejects = true, rejects_table = {{Literal(rejects)}}, rejects_scan = {{Literal(rejectScans)}})
            """);
    }

    /// <summary>The error field and message for a rejected row's column (by its SQL name), as SQL over <c>column_name</c> and <c>value</c>.</summary>
    public (string Field, string Message) RejectCase()
    {
        var field = new StringBuilder("CASE column_name");
        var message = new StringBuilder("CASE column_name");
        for (var i = 0; i < Columns.Count; i++)
        {
            field.Append(" WHEN ").Append(Literal(C(i))).Append(" THEN ").Append(Literal(Columns[i].Field));
            if (Columns[i].CastMessage is { } text)
            {
                var parts = text.Split("{0}");
                message.Append(" WHEN ").Append(Literal(C(i))).Append(" THEN ").Append(Literal(parts[0])).Append(" || value || ").Append(Literal(parts[1]));
            }
        }

        var messages = message.ToString();
        return (field.Append(" ELSE column_name END").ToString(), messages.Contains(" WHEN ", StringComparison.Ordinal) ? messages + " ELSE error_message END" : "error_message");
    }

    /// <summary>The column named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int Find(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The layout of <paramref name="path"/> read as <paramref name="format"/>, or null when the file is empty.</summary>
    /// <exception cref="InvalidInputException">The header lacks a required column.</exception>
    public static CsvImportLayout? For(string path, ImportFormat format)
    {
        var first = CsvHeader.FirstLine(path);
        if (first is null)
        {
            return null;
        }

        return format switch
        {
            ImportFormat.Gdelt1 or ImportFormat.Gdelt2 => GdeltImportLayout.For(first, format, path),
            ImportFormat.Icews => IcewsImportLayout.For(first, path),
            ImportFormat.Csv => CoderCsvImportLayout.For(first, path),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not read through DuckDB"),
        };
    }

    public static InvalidInputException HeaderError(string path, string message) => new(new InputError(path, 1, 0, string.Empty, message));
}

/// <summary>What the staged rows need mapped after reading: ICEWS country names to ISO alpha-3 codes, coder CSV country codes checked.</summary>
internal enum CsvLookups
{
    None,
    CountryNames,
    Iso3Codes,
}

/// <summary>SQL pieces shared by the layouts.</summary>
internal static class CsvSql
{
    /// <summary>True when <paramref name="column"/> is a CAMEO event code: 2-4 digits with a root of 01-20 (as <c>QuadClass.IsCameoCode</c>).</summary>
    public static string IsCameo(string column) => $"coalesce(regexp_full_match({column}, '(0[1-9]|1[0-9]|20)[0-9]{{0,2}}'), false)";

    /// <summary>The quad class of a CAMEO code by its root (as <c>QuadClass.FromCameo</c>).</summary>
    public static string QuadOf(string cameo) => $"""
        CASE WHEN TRY_CAST(substr({cameo}, 1, 2) AS INTEGER) BETWEEN 1 AND 5 THEN 1
             WHEN TRY_CAST(substr({cameo}, 1, 2) AS INTEGER) BETWEEN 6 AND 8 THEN 2
             WHEN TRY_CAST(substr({cameo}, 1, 2) AS INTEGER) BETWEEN 9 AND 13 THEN 3
             WHEN TRY_CAST(substr({cameo}, 1, 2) AS INTEGER) BETWEEN 14 AND 20 THEN 4 END
        """;

    /// <summary>True when the date <paramref name="date"/> lies in <see cref="Queries.DateLimits"/>' range (null stays null).</summary>
    public static string InDateRange(string date) => string.Create(CultureInfo.InvariantCulture,
        $"({date} BETWEEN DATE '{Queries.DateLimits.Earliest:yyyy-MM-dd}' AND DATE '{Queries.DateLimits.Latest:yyyy-MM-dd}')");

    /// <summary>True when the number <paramref name="value"/> is a finite weight in -10..10 (NaN and infinities are not; null stays null).</summary>
    public static string IsWeight(string value) => $"(isfinite({value}) AND {value} BETWEEN -10 AND 10)";

    /// <summary>A text column with an empty value as null.</summary>
    public static string Text(int index) => index < 0 ? "NULL::VARCHAR" : $"nullif({CsvImportLayout.C(index)}, '')";

    /// <summary>The message <c>'value' rest</c>, with the value as text.</summary>
    public static string Quoted(string value, string rest) => $"'''' || coalesce(CAST({value} AS VARCHAR), '') || {CsvImportLayout.Literal("' " + rest)}";

    /// <summary>A CASE that yields the first failing check's field and one that yields its message.</summary>
    public static string Checks(IEnumerable<(string Condition, string Field, string Message)> checks)
    {
        var list = checks.ToList();
        var field = string.Concat(list.Select(c => $" WHEN {c.Condition} THEN {CsvImportLayout.Literal(c.Field)}"));
        var message = string.Concat(list.Select(c => $" WHEN {c.Condition} THEN {c.Message}"));
        return $"CASE{field} END AS err_field, CASE{message} END AS err_message";
    }
}
