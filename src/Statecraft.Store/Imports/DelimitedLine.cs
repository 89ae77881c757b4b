namespace Statecraft.Store.Imports;

/// <summary>
/// Splits one line of a delimited file into fields without copying it, honouring RFC 4180 double quotes
/// (a quoted field may hold the delimiter and doubled quotes; it may not span lines).
/// </summary>
internal sealed class DelimitedLine(char delimiter)
{
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private bool[] _quoted = new bool[64];
    private string _line = string.Empty;

    /// <summary>The number of fields in the last line split.</summary>
    public int Count { get; private set; }

    /// <summary>Splits <paramref name="line"/>; false when a quoted field is not closed.</summary>
    public bool Split(string line)
    {
        _line = line;
        Count = 0;
        var i = 0;
        while (true)
        {
            Grow();
            if (i < line.Length && line[i] == '"')
            {
                var end = ClosingQuote(line, i + 1);
                if (end < 0)
                {
                    return false;
                }

                Add(i + 1, end - i - 1, quoted: true);
                i = end + 1;
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                Add(i, (end < 0 ? line.Length : end) - i, quoted: false);
                i = end < 0 ? line.Length + 1 : end;
            }

            if (i >= line.Length || line[i] != delimiter)
            {
                return i >= line.Length;
            }

            i++;
        }
    }

    /// <summary>The raw characters of field <paramref name="index"/> (quotes removed, doubled quotes kept).</summary>
    public ReadOnlySpan<char> Raw(int index) => _line.AsSpan(_starts[index], _lengths[index]);

    /// <summary>Whether field <paramref name="index"/> was written in quotes.</summary>
    public bool IsQuoted(int index) => _quoted[index];

    /// <summary>Field <paramref name="index"/> as text, with doubled quotes undone.</summary>
    public string Text(int index)
    {
        var raw = Raw(index);
        return _quoted[index] && raw.Contains("\"\"", StringComparison.Ordinal)
            ? raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal)
            : raw.ToString();
    }

    private static int ClosingQuote(string line, int from)
    {
        var i = from;
        while (i < line.Length)
        {
            var q = line.IndexOf('"', i);
            if (q < 0)
            {
                return -1;
            }

            if (q + 1 < line.Length && line[q + 1] == '"')
            {
                i = q + 2;
                continue;
            }

            return q;
        }

        return -1;
    }

    private void Add(int start, int length, bool quoted)
    {
        _starts[Count] = start;
        _lengths[Count] = length;
        _quoted[Count] = quoted;
        Count++;
    }

    private void Grow()
    {
        if (Count < _starts.Length)
        {
            return;
        }

        Array.Resize(ref _starts, _starts.Length * 2);
        Array.Resize(ref _lengths, _lengths.Length * 2);
        Array.Resize(ref _quoted, _quoted.Length * 2);
    }
}
