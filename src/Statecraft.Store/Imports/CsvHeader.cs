using nietras.SeparatedValues;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Imports;

/// <summary>The first line of a delimited file and, when it names columns, those names (split by Sep).</summary>
internal static class CsvHeader
{
    /// <summary>The file's first line, or null when the file is empty.</summary>
    public static string? FirstLine(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine();
    }

    /// <summary>The column names of a header line, unquoted and trimmed.</summary>
    /// <exception cref="InvalidInputException">Two columns have the same name (is the first line a header?).</exception>
    public static IReadOnlyList<string> Names(string line, char delimiter, string path)
    {
        var names = new List<string>();
        using (var reader = Sep.New(delimiter).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(line))
        {
            foreach (var row in reader)
            {
                for (var i = 0; i < row.ColCount; i++)
                {
                    names.Add(row[i].ToString().Trim());
                }

                break;
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!seen.TryAdd(names[i], i))
            {
                throw new InvalidInputException(new InputError(path, 1, i + 1, names[i],
                    $"the header names column '{names[i]}' twice (columns {seen[names[i]] + 1} and {i + 1}); is the first line a header?"));
            }
        }

        return names;
    }
}
