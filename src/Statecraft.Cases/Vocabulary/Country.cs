namespace Statecraft.Cases.Vocabulary;

/// <summary>A state as the ISO 3166-1 and Correlates of War code lists know it.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code, as CAMEO uses for state actors (<c>JPN</c>).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code (<c>JP</c>).</param>
/// <param name="CowNumber">Correlates of War state number (740), or null where COW has none.</param>
/// <param name="CowCode">Correlates of War abbreviation (<c>JPN</c>; South Korea is <c>ROK</c>).</param>
/// <param name="Name">English short name.</param>
/// <param name="Continent">Continent, as the code list gives it.</param>
public sealed record Country(string Iso3, string Iso2, int? CowNumber, string? CowCode, string Name, string? Continent);
