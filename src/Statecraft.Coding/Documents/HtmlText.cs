using System.Net;
using System.Text.RegularExpressions;

namespace Statecraft.Coding.Documents;

/// <summary>The visible text of an HTML page: scripts, styles and comments dropped, block elements made paragraphs.</summary>
public static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        var text = Invisible().Replace(html, " ");
        text = BlockTag().Replace(text, "\n\n");
        text = AnyTag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<!--.*?-->|<(script|style|noscript|template|head)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"</?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|pre|hr|title|main|aside|nav|figure|figcaption|dd|dt)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
