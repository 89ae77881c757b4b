using nietras.SeparatedValues;

namespace Statecraft.Bargaining.Tables;

/// <summary>One row of a delimited file: its first line number and its fields, unquoted.</summary>
internal readonly record struct DelimitedRow(int Line, bool IsBlank, List<string> Fields);

/// <summary>Reads the rows of a delimited file with Sep (RFC 4180 quotes, also across lines).</summary>
internal static class DelimitedRows
{
    public static IEnumerable<DelimitedRow> Read(TextReader reader, char delimiter)
    {
        using var sep = Sep.New(delimiter).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(reader);
        foreach (var row in sep)
        {
            var fields = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                fields.Add(row[i].ToString());
            }

            yield return new DelimitedRow(row.LineNumberFrom, row.Span.Trim().IsEmpty, fields);
        }
    }
}
