using Statecraft.Web.Services;

namespace Statecraft.Web.Tests.Api;

/// <summary>A case description is Markdown rendered by Markdig, with raw HTML escaped and only safe links.</summary>
public class MarkdownTextTests
{
    [Fact]
    public void ToHtml_Markdown_RendersEmphasisCodeAndLists()
    {
        // When
        var html = MarkdownText.ToHtml("Japan **assuages** on `bases`:\n\n- one\n- two");

        // Then
        html.ShouldContain("<strong>assuages</strong>");
        html.ShouldContain("<code>bases</code>");
        html.ShouldContain("<li>one</li>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("a <img src=x onerror=alert(2)> b", "&lt;img")]
    [InlineData("[x](javascript:alert(3))", "href=\"#\"")]
    [InlineData("[x](JavaScript:alert(3))", "href=\"#\"")]
    [InlineData("![pic](https://example.org/p.png)", "<a href=\"https://example.org/p.png\">pic</a>")]
    public void ToHtml_RawHtmlAndUnsafeLinks_AreEscapedOrDefused(string markdown, string expected)
    {
        // When
        var html = MarkdownText.ToHtml(markdown);

        // Then
        html.ShouldContain(expected);
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("javascript:", Case.Insensitive);
    }

    [Theory]
    [InlineData("[a](https://example.org)", "https://example.org")]
    [InlineData("[a](mailto:x@example.org)", "mailto:x@example.org")]
    [InlineData("[a](docs/case-format.md)", "docs/case-format.md")]
    [InlineData("[a](#periods)", "#periods")]
    public void ToHtml_SafeLinks_AreKept(string markdown, string href) =>
        MarkdownText.ToHtml(markdown).ShouldContain($"href=\"{href}\"");
}
