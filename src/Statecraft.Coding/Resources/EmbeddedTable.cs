using nietras.SeparatedValues;

namespace Statecraft.Coding.Resources;

/// <summary>One data row of a tab-separated table: its fields and its 1-based line number.</summary>
public sealed record TableRow(string[] Fields, int Line);

/// <summary>
/// Reads the project's tab-separated tables (<c>data/coding/*.tsv</c>): <c>#</c> comment lines and blank lines
/// are skipped, the first other line is the header.
/// </summary>
internal static class EmbeddedTable
{
    /// <summary>The data rows of the compiled-in table <paramref name="name"/> (<c>cameo.tsv</c>).</summary>
    public static IEnumerable<TableRow> Rows(string name)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream("Statecraft.Coding." + name)
            ?? throw new InvalidOperationException($"The embedded table {name} is missing from Statecraft.Coding.");
        using var reader = new StreamReader(stream);
        foreach (var row in Rows(reader))
        {
            yield return row;
        }
    }

    /// <summary>The data rows of a table read from <paramref name="reader"/>; rows get as many fields as the header.</summary>
    /// <remarks>Split by Sep; the tables are plain tab-separated values, so quotes are text, not quoting.</remarks>
    public static IEnumerable<TableRow> Rows(TextReader reader)
    {
        using var sep = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(reader);
        var width = -1;
        foreach (var row in sep)
        {
            var line = row.Span;
            if (line.IsEmpty || line[0] == '#' || line.IsWhiteSpace())
            {
                continue;
            }

            var fields = new string[Math.Max(row.ColCount, width)];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = i < row.ColCount ? row[i].ToString() : string.Empty;
            }

            if (width < 0)
            {
                width = fields.Length;
                continue;
            }

            yield return new TableRow(fields, row.LineNumberFrom);
        }
    }
}
