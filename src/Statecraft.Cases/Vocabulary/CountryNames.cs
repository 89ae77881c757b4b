using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Statecraft.Cases.Vocabulary;

/// <summary>
/// Finds a state's ISO alpha-3 code from an English name, as event datasets such as ICEWS write them
/// ("United States", "Russian Federation", "Korea, Republic of").
/// </summary>
/// <remarks>
/// Names in the built-in table match case-insensitively; the aliases below cover the long or older forms
/// that datasets use instead of the table's short names.
/// </remarks>
public static class CountryNames
{
    private static readonly (string Name, string Iso3)[] Aliases =
    [
        ("United States of America", "USA"), ("US", "USA"), ("Russian Federation", "RUS"),
        ("Korea, Republic of", "KOR"), ("Republic of Korea", "KOR"), ("Korea, Democratic People's Republic of", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"), ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Great Britain", "GBR"), ("Iran, Islamic Republic of", "IRN"), ("Syrian Arab Republic", "SYR"),
        ("Viet Nam", "VNM"), ("Czech Republic", "CZE"), ("Macedonia", "MKD"), ("Burma", "MMR"),
        ("Democratic Republic of Congo", "COD"), ("Congo, Democratic Republic of the", "COD"), ("Congo", "COG"),
        ("Republic of Congo", "COG"), ("Occupied Palestinian Territory", "PSE"), ("Palestine", "PSE"),
        ("Taiwan, Province of China", "TWN"), ("Lao People's Democratic Republic", "LAO"), ("Moldova, Republic of", "MDA"),
        ("Tanzania, United Republic of", "TZA"), ("Bolivia, Plurinational State of", "BOL"),
        ("Venezuela, Bolivarian Republic of", "VEN"), ("Cote d'Ivoire", "CIV"), ("Ivory Coast", "CIV"),
    ];

    private static readonly Lazy<FrozenDictionary<string, string>> ByName = new(Build);

    /// <summary>The ISO alpha-3 code of the state called <paramref name="name"/>, if the table or an alias knows it.</summary>
    public static bool TryGetIso3(string? name, [NotNullWhen(true)] out string? iso3)
    {
        iso3 = null;
        return !string.IsNullOrWhiteSpace(name) && ByName.Value.TryGetValue(name.Trim(), out iso3);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in Countries.All)
        {
            names.TryAdd(country.Name, country.Iso3);
        }

        foreach (var (name, iso3) in Aliases.Where(a => Countries.IsIso3(a.Iso3)))
        {
            names.TryAdd(name, iso3);
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
