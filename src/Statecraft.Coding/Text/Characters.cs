namespace Statecraft.Coding.Text;

/// <summary>Character classes that English news and academic text use in several typographic forms.</summary>
internal static class Characters
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    /// <summary>Superscript digits used as footnote markers (¹ ² ³ ⁴ …).</summary>
    public static bool IsFootnoteMarker(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2070' and <= '\u2079');

    public static bool IsClosingQuote(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']';

    public static bool IsOpeningQuote(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[';
}
