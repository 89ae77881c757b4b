using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Ontology;

/// <summary>
/// The CAMEO event codes known to the coder (<c>data/coding/cameo.tsv</c>, compiled in), with quad class,
/// Goldstein weight and PLOVER type.
/// </summary>
public static class CameoOntology
{
    private static readonly Lazy<FrozenDictionary<string, CameoEventType>> Table = new(Load);

    /// <summary>Every event type, in code order.</summary>
    public static IEnumerable<CameoEventType> All => Table.Value.Values.OrderBy(t => t.Code, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is a CAMEO code (exact string: <c>"10"</c> is, <c>"010"</c> is, <c>"0100"</c> is not).</summary>
    public static bool IsCode(string? code) => code is not null && Table.Value.ContainsKey(code);

    public static bool TryGet(string code, [NotNullWhen(true)] out CameoEventType? type) => Table.Value.TryGetValue(code, out type);

    /// <summary>The event type of <paramref name="code"/>; throws for an unknown code.</summary>
    public static CameoEventType Get(string code) =>
        TryGet(code, out var type) ? type : throw new KeyNotFoundException($"'{code}' is not a CAMEO event code.");

    private static FrozenDictionary<string, CameoEventType> Load()
    {
        var table = new Dictionary<string, CameoEventType>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("cameo.tsv"))
        {
            var f = row.Fields;
            table[f[0]] = new CameoEventType(
                f[0],
                int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture),
                double.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture),
                f[3].Length > 0 ? f[3] : null,
                f[4].Length > 0 ? f[4] : null,
                f[5]);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
