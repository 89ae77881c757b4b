using System.Text;
using System.Text.RegularExpressions;

namespace Statecraft.Coding.Documents;

/// <summary>The prose of a Markdown document: headings, quotes, lists and inline markup reduced to plain text.</summary>
/// <remarks>Code blocks and link reference definitions are dropped; link and image texts stay, their URLs go.</remarks>
public static partial class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                text.Append('\n');
                continue;
            }

            if (inFence || LinkDefinition().IsMatch(line))
            {
                text.Append('\n');
                continue;
            }

            text.Append(Inline(BlockPrefix().Replace(line, string.Empty))).Append('\n');
        }

        return text.ToString();
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1");
        line = Tag().Replace(line, string.Empty);
        line = Code().Replace(line, "$1");
        return Emphasis().Replace(line, string.Empty);
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")]
    private static partial Regex BlockPrefix();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*]))")]
    private static partial Regex Emphasis();
}
