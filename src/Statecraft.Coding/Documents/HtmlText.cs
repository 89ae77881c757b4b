using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Statecraft.Coding.Documents;

/// <summary>The visible text of an HTML page: scripts, styles and comments dropped, block elements made paragraphs.</summary>
/// <remarks>The page is parsed by AngleSharp's HTML5 parser, so entities, unclosed tags and comments are read as browsers read them.</remarks>
public static class HtmlText
{
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
