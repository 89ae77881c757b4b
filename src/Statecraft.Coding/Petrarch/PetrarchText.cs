namespace Statecraft.Coding.Petrarch;

/// <summary>Lexical conventions shared by the PETRARCH/TABARI dictionary formats.</summary>
internal static class PetrarchText
{
    /// <summary>The line without its <c>#</c> comment.</summary>
    public static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    /// <summary>A dictionary phrase as text: underscores are spaces, a trailing underscore (whole word) is dropped.</summary>
    public static string Phrase(string text) => text.Replace('_', ' ').Trim();

    /// <summary>Whether <paramref name="code"/> is a CAMEO actor code: upper-case letters and digits, at least three.</summary>
    public static bool IsCode(string code) => code.Length >= 3 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
