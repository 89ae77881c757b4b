namespace Statecraft.Store.Imports;

/// <summary>
/// Shares one string per distinct short code (actor codes, country codes, CAMEO codes) so that a
/// ten-million-row import does not allocate ten million copies of <c>"USA"</c>.
/// </summary>
internal sealed class CodeInterner
{
    private const int MaxEntries = 200_000;
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CodeInterner() => _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> code)
    {
        if (_lookup.TryGetValue(code, out var known))
        {
            return known;
        }

        var text = code.ToString();
        if (_codes.Count < MaxEntries)
        {
            _codes[text] = text;
        }

        return text;
    }
}
