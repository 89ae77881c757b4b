using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Statecraft.Coding.Documents;

/// <summary>The visible text of an HTML page: scripts, styles and comments dropped, block elements made paragraphs.</summary>
/// <remarks>The page is parsed by AngleSharp's HTML5 parser, so entities, unclosed tags and comments are read as browsers read them.</remarks>
internal static class HtmlText
{
    /// <summary>The deepest element nesting an HTML document may have; deeper documents are not parsed.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Elements that do not count towards <see cref="Depth"/>: void elements, and p and li (whose end tags are often left out).</summary>
    private static readonly HashSet<string> NotNesting = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li"];

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "hr", "title", "main", "aside", "nav", "figure", "figcaption", "dd", "dt",
    };

    public static string ToPlainText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length);
        Append(document.DocumentElement, text);
        return text.ToString();
    }

    /// <summary>
    /// A cheap estimate of how deep <paramref name="html"/> nests its elements (start tags minus end tags, void and
    /// self-closing tags aside), so that a pathological document is refused before the parser spends minutes on it.
    /// </summary>
    public static int Depth(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var next = html[at + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                var end = at + 1;
                while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
                {
                    end++;
                }

                var close = html.IndexOf('>', end);
                var selfClosing = close > 0 && html[close - 1] == '/';
                if (!selfClosing && !NotNesting.Contains(html[(at + 1)..end].ToLowerInvariant()))
                {
                    deepest = Math.Max(deepest, ++depth);
                }
            }
        }

        return deepest;
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Invisible.Contains(e.LocalName):
                    text.Append(' ');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append("\n\n");
                    Append(e, text);
                    text.Append("\n\n");
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }
}
