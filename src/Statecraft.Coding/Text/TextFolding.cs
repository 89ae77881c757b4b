using System.Text;

namespace Statecraft.Coding.Text;

/// <summary>
/// The comparison form of a word: lower case, Latin diacritics removed, typographic quotes and dashes made plain,
/// so that "Asō", "Aso" and "ASO" meet in one dictionary key.
/// </summary>
/// <remarks>
/// The table is explicit (not Unicode normalisation) because the build runs with invariant globalization and
/// because romanised Japanese names in sources mix macrons (Kōno) and plain letters (Kono).
/// </remarks>
internal static class TextFolding
{
    private const string From = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĖėĘęĚěÌÍÎÏìíîïĪīĮįÑñŃńŇňÒÓÔÕÖòóôõöŌōŐőŔŕŘřŚśŠšŞşŢţŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŹźŻżŽžŁłØøŒœ";
    private const string To = "aaaaaaaaaaaaaaaaaaccccccddeeeeeeeeeeeeeeeeiiiiiiiiiiiinnnnnnoooooooooooooorrrrssssssttttuuuuuuuuuuuuuuyyyzzzzzzlloooo";

    private static readonly Dictionary<char, char> Map = BuildMap();

    /// <summary>The folded form of <paramref name="word"/>.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = FoldChar(word[i]);
            buffer[i] = c;
        }

        return new string(buffer);
    }

    /// <summary>The folded form of one character.</summary>
    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
            '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
            _ => Map.TryGetValue(c, out var folded) ? folded : char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds a phrase and collapses its runs of white space to single spaces.</summary>
    public static string FoldPhrase(string phrase)
    {
        var text = new StringBuilder(phrase.Length);
        foreach (var part in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Fold(part));
        }

        return text.ToString();
    }

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < From.Length; i++)
        {
            map[From[i]] = To[i];
        }

        return map;
    }
}
