namespace Statecraft.Coding.Text;

/// <summary>
/// Splits a sentence into tokens: words (with inner hyphens, apostrophes and abbreviation periods kept),
/// numbers (3.85, 6,570, 75%), the possessive <c>'s</c> and punctuation. Footnote markers are dropped.
/// </summary>
/// <remarks>Thread-safe and allocation-light: one string per token (its folded form).</remarks>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, appended to <paramref name="tokens"/> (cleared first).</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || Characters.IsFootnoteMarker(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, tokens);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                tokens.Add(new Token(i, 1, Punctuation(c), TokenShape.Punctuation));
                i++;
            }
        }
    }

    /// <summary>Convenience form that returns a new list.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }

    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Punctuation tokens share one string per character (no allocation for ASCII).</summary>
    private static string Punctuation(char c)
    {
        var folded = TextFolding.FoldChar(c);
        return folded < 128 ? AsciiStrings[folded] : folded.ToString();
    }

    private static int ReadNumber(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length && (char.IsDigit(text[i])
            || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        if (i < text.Length && text[i] == '%')
        {
            i++;
        }

        // "12-year", "2+2" and "1970s" stay one token: a number glued to letters is a compound word.
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        tokens.Add(new Token(start, i - start, TextFolding.Fold(text.AsSpan(start, i - start)), TokenShape.Number));
        return i;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var end = WordEnd(text, start);
        var word = text.AsSpan(start, end - start);
        if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            AddWord(text, start, end - 3, tokens);
            AddWord(text, end - 3, end, tokens);
            return end;
        }

        AddWord(text, start, end, tokens);
        if (end + 1 < text.Length && Characters.IsApostrophe(text[end]) && (text[end + 1] is 's' or 'S')
            && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
        {
            tokens.Add(new Token(end, 2, "'s", TokenShape.Word));
            return end + 2;
        }

        return end;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((Characters.IsHyphen(c) || (Characters.IsApostrophe(c) && !IsPossessive(text, i)))
                && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i + 2 < text.Length && char.IsLetter(text[i + 1]) && text[i + 2] == '.' && i - start <= 2)
            {
                // A dotted acronym goes on: U.S., U.S.A., e.g.
                i++;
            }
            else if (c == '.' && IsAbbreviationPeriod(text, start, i))
            {
                return i + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] is 's' or 'S') && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

    /// <summary>A period belongs to the word for dotted acronyms (U.S.), initials (H.) and known abbreviations (Gen.).</summary>
    private static bool IsAbbreviationPeriod(string text, int start, int period)
    {
        var word = text.AsSpan(start, period - start);
        var nextIsLetterPeriod = period + 2 < text.Length && char.IsLetter(text[period + 1]) && text[period + 2] == '.';
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (nextIsLetterPeriod && word.Length <= 2)
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Abbreviations.IsKnown(TextFolding.Fold(word));
    }

    private static void AddWord(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        var shape = TokenShape.Word;
        if (char.IsUpper(span[0]))
        {
            shape |= TokenShape.Capitalized;
        }

        var letters = 0;
        var upper = 0;
        foreach (var ch in span)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                upper += char.IsUpper(ch) ? 1 : 0;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            shape |= TokenShape.AllCaps;
        }

        tokens.Add(new Token(start, end - start, TextFolding.Fold(span), shape));
    }
}
