namespace Statecraft.Coding.Resources;

/// <summary>One data row of a tab-separated table: its fields and its 1-based line number.</summary>
public sealed record TableRow(string[] Fields, int Line);

/// <summary>
/// Reads the project's tab-separated tables (<c>data/coding/*.tsv</c>): <c>#</c> comment lines and blank lines
/// are skipped, the first other line is the header.
/// </summary>
public static class EmbeddedTable
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
    public static IEnumerable<TableRow> Rows(TextReader reader)
    {
        string? line;
        var number = 0;
        var width = -1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (width < 0)
            {
                width = fields.Length;
                continue;
            }

            if (fields.Length < width)
            {
                Array.Resize(ref fields, width);
                for (var i = 0; i < width; i++)
                {
                    fields[i] ??= string.Empty;
                }
            }

            yield return new TableRow(fields, number);
        }
    }
}
