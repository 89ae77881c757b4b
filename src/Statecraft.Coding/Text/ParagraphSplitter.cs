using System.Text;

namespace Statecraft.Coding.Text;

/// <summary>
/// Cuts a document into paragraphs at blank lines, and mends the breaks that page layout leaves in
/// extracted text: a long block that stops mid-sentence continues in the next block, even across a footnote.
/// </summary>
/// <remarks>
/// Rule: a block is continued when it has at least <see cref="HeadingMaxWords"/> words and does not end with
/// sentence-final punctuation, or when the next block starts with a lower-case letter. Shorter unpunctuated
/// blocks are headings and stand alone. Footnote blocks (starting with a superscript digit) met while a block is
/// being continued are emitted after it.
/// </remarks>
internal static class ParagraphSplitter
{
    /// <summary>Blocks with fewer words and no final punctuation are headings, not broken paragraphs.</summary>
    public const int HeadingMaxWords = 12;

    /// <summary>The paragraphs of <paramref name="text"/>, in reading order.</summary>
    public static IEnumerable<Paragraph> Split(string text)
    {
        var index = 0;
        (int Start, string Text)? pending = null;
        var deferred = new List<(int Start, string Text)>();
        foreach (var block in Blocks(text))
        {
            if (pending is not null && IsFootnote(block.Text) && NeedsContinuation(pending.Value.Text, null))
            {
                deferred.Add(block);
                continue;
            }

            if (pending is not null && NeedsContinuation(pending.Value.Text, block.Text))
            {
                pending = (pending.Value.Start, pending.Value.Text + " " + block.Text);
                continue;
            }

            if (pending is not null)
            {
                yield return Make(index++, pending.Value);
                foreach (var footnote in deferred)
                {
                    yield return Make(index++, footnote);
                }

                deferred.Clear();
            }

            pending = block;
        }

        if (pending is not null)
        {
            yield return Make(index++, pending.Value);
        }

        foreach (var footnote in deferred)
        {
            yield return Make(index++, footnote);
        }
    }

    private static Paragraph Make(int index, (int Start, string Text) block) =>
        new(index, block.Start, block.Text) { IsHeading = IsHeading(block.Text) };

    private static bool IsHeading(string text)
    {
        var last = text[^1];
        return CountWords(text) < HeadingMaxWords && !(last is '.' or '!' or '?' or '"' or '\u201D' || Characters.IsFootnoteMarker(last));
    }

    private static bool NeedsContinuation(string current, string? next)
    {
        if (next is not null && next.Length > 0 && char.IsLower(next[0]))
        {
            return true;
        }

        var last = current[^1];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')' || Characters.IsFootnoteMarker(last))
        {
            return false;
        }

        return CountWords(current) >= HeadingMaxWords;
    }

    private static bool IsFootnote(string block) => block.Length > 0 && Characters.IsFootnoteMarker(block[0]);

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return words;
    }

    /// <summary>Blocks of text between blank lines, white space collapsed, with their start offsets.</summary>
    private static IEnumerable<(int Start, string Text)> Blocks(string text)
    {
        var block = new StringBuilder();
        var blockStart = -1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                if (block.Length > 0)
                {
                    yield return (blockStart, block.ToString());
                    block.Clear();
                }
            }
            else
            {
                if (block.Length == 0)
                {
                    blockStart = lineStart;
                }

                AppendCollapsed(block, line);
            }

            lineStart = lineEnd + 1;
        }

        if (block.Length > 0)
        {
            yield return (blockStart, block.ToString());
        }
    }

    private static void AppendCollapsed(StringBuilder block, ReadOnlySpan<char> line)
    {
        if (block.Length > 0)
        {
            block.Append(' ');
        }

        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (block.Length > 0 && block[^1] != ' ')
                {
                    block.Append(' ');
                }
            }
            else if (!char.IsControl(c) && c != '\uFEFF')
            {
                block.Append(c);
            }
        }

        while (block.Length > 0 && block[^1] == ' ')
        {
            block.Length--;
        }
    }
}
