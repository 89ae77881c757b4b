using nietras.SeparatedValues;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Structural;

/// <summary>One row of a comma-separated file: its first line number and its fields, unquoted.</summary>
internal sealed record CsvRow(long Line, bool IsBlank, IReadOnlyList<string> Fields)
{
    public int Count => Fields.Count;

    public string Text(int index) => Fields[index];

    /// <summary>The column index of each header name.</summary>
    /// <exception cref="InvalidInputException">Two columns have the same name.</exception>
    public Dictionary<string, int> Columns(string file)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Count; i++)
        {
            var name = Fields[i].Trim();
            if (!columns.TryAdd(name, i))
            {
                throw new InvalidInputException(new InputError(file, (int)Line, i + 1, name,
                    $"the header names column '{name}' twice (columns {columns[name] + 1} and {i + 1}); is the first line a header?"));
            }
        }

        return columns;
    }
}

/// <summary>Reads the rows of a comma-separated file with Sep (RFC 4180 quotes, also across lines; a byte order mark is skipped).</summary>
internal static class CsvRows
{
    public static IEnumerable<CsvRow> Read(string path)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var sep = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        foreach (var row in sep)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            yield return new CsvRow(row.LineNumberFrom, row.Span.IsEmpty, fields);
        }
    }
}
