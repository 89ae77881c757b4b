using System.Collections.Frozen;

namespace Statecraft.Coding.Text;

/// <summary>
/// Cuts a paragraph into sentences at <c>. ! ?</c> (with any closing quotes and footnote markers that follow),
/// except after initials, dotted acronyms and known abbreviations, and inside numbers.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Words that start a new sentence after a dotted acronym ("... in the U.S. The talks ...").</summary>
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "it", "he", "she", "they", "we", "this", "that", "these", "those", "in", "on", "at",
        "but", "however", "after", "before", "during", "since", "when", "while", "as", "i", "there", "his", "her",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences of one paragraph, as (offset in the paragraph, text) pairs.</summary>
    public static IEnumerable<(int Start, string Text)> Split(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && (Characters.IsClosingQuote(paragraph[end]) || Characters.IsFootnoteMarker(paragraph[end])))
            {
                end++;
            }

            if (end < paragraph.Length && paragraph[end] != ' ')
            {
                continue;
            }

            if (c == '.' && !PeriodEndsSentence(paragraph, i, end))
            {
                continue;
            }

            var text = paragraph[start..end].Trim();
            if (text.Length > 0)
            {
                yield return (start, text);
            }

            start = end;
            i = end - 1;
        }

        var rest = paragraph[start..].Trim();
        if (rest.Length > 0)
        {
            yield return (start, rest);
        }
    }

    private static bool PeriodEndsSentence(string text, int period, int end)
    {
        var next = NextWord(text, end);
        if (next.Length == 0)
        {
            return true;
        }

        if (!char.IsUpper(next[0]) && !char.IsDigit(next[0]) && !Characters.IsOpeningQuote(next[0]))
        {
            return false;
        }

        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !Characters.IsOpeningQuote(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Contains('.'))
        {
            return SentenceStarters.Contains(TextFolding.Fold(next));
        }

        var folded = TextFolding.Fold(word);
        return !Abbreviations.IsKnown(folded) || Abbreviations.MayEndSentence(folded);
    }

    private static string NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var j = i;
        while (j < text.Length && text[j] != ' ')
        {
            j++;
        }

        return text[i..j];
    }
}
