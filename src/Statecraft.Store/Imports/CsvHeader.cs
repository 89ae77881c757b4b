using nietras.SeparatedValues;

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
    public static IReadOnlyList<string> Names(string line, char delimiter)
    {
        using var reader = Sep.New(delimiter).Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromText(line);
        return [.. reader.Header.ColNames.Select(n => n.Trim())];
    }
}
