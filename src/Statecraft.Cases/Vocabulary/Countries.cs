using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using nietras.SeparatedValues;

namespace Statecraft.Cases.Vocabulary;

/// <summary>The built-in table of states (<c>data/countries.tsv</c>), looked up by ISO alpha-3, alpha-2 or COW code.</summary>
public static class Countries
{
    private static readonly Lazy<Table> LazyTable = new(Load);

    /// <summary>Every state in the table, ordered by ISO alpha-3 code.</summary>
    public static IReadOnlyList<Country> All => LazyTable.Value.All;

    /// <summary>Whether <paramref name="iso3"/> is an ISO 3166-1 alpha-3 code in the table (case-sensitive: codes are upper case).</summary>
    public static bool IsIso3(string? iso3) => iso3 is not null && LazyTable.Value.ByIso3.ContainsKey(iso3);

    public static bool TryGetByIso3(string iso3, [NotNullWhen(true)] out Country? country) =>
        LazyTable.Value.ByIso3.TryGetValue(iso3, out country);

    public static bool TryGetByIso2(string iso2, [NotNullWhen(true)] out Country? country) =>
        LazyTable.Value.ByIso2.TryGetValue(iso2.ToUpperInvariant(), out country);

    public static bool TryGetByCowNumber(int cowNumber, [NotNullWhen(true)] out Country? country) =>
        LazyTable.Value.ByCow.TryGetValue(cowNumber, out country);

    private sealed record Table(
        IReadOnlyList<Country> All,
        FrozenDictionary<string, Country> ByIso3,
        FrozenDictionary<string, Country> ByIso2,
        FrozenDictionary<int, Country> ByCow);

    private static Table Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("Statecraft.Cases.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country table is missing from Statecraft.Cases.");
        using var reader = new StreamReader(stream);
        using var rows = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(reader);
        var all = new List<Country>();
        var header = true;
        foreach (var row in rows)
        {
            if (row.Span.IsEmpty || row.Span[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = row[0..6].ToStringsArray();
            int? cow = int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            all.Add(new Country(f[0], f[1], cow, f[3].Length > 0 ? f[3] : null, f[4], f[5].Length > 0 ? f[5] : null));
        }

        return new Table(
            all,
            all.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal),
            all.Where(c => c.Iso2.Length == 2).GroupBy(c => c.Iso2).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            all.Where(c => c.CowNumber is not null).GroupBy(c => c.CowNumber!.Value).ToFrozenDictionary(g => g.Key, g => g.First()));
    }
}
