using System.Collections.Frozen;

namespace Statecraft.Coding.Text;

/// <summary>
/// Words whose final period does not end a sentence: titles (Gen., Sen.), months (Dec.), Latin and
/// business forms (e.g., Inc.). Initials ("H.") and dotted acronyms ("U.S.") are recognised by shape instead.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "cpl", "gov", "sen",
        "rep", "rev", "st", "sr", "jr", "pres", "amb", "hon", "mt", "ft", "no", "nos", "vol", "vols", "pp", "p",
        "ed", "eds", "fig", "vs", "etc", "e.g", "i.e", "cf", "al", "inc", "ltd", "co", "corp", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations that can still end a sentence when a capitalised word follows ("...and so on, etc. The").
    /// Titles and months never do.
    /// </summary>
    private static readonly FrozenSet<string> CanEndSentence = new[] { "etc", "inc", "ltd", "co", "corp", "al", "no" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the folded word (without its final period) is a known abbreviation.</summary>
    public static bool IsKnown(string foldedWord) => Known.Contains(foldedWord);

    /// <summary>Whether a sentence may end after this abbreviation.</summary>
    public static bool MayEndSentence(string foldedWord) => CanEndSentence.Contains(foldedWord);
}
