using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Statecraft.Coding.Documents;

/// <summary>The prose of a Markdown document: headings, quotes, lists and inline markup reduced to plain text.</summary>
/// <remarks>
/// The document is parsed by Markdig (CommonMark). Code blocks and link reference definitions are dropped; link and
/// image texts stay, their URLs go; raw HTML keeps its visible text (<see cref="HtmlText"/>). Each block becomes a
/// paragraph; its soft line breaks stay line breaks.
/// </remarks>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static string ToPlainText(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder(markdown.Length);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case CodeBlock:
                case LinkReferenceDefinition:
                    continue;
                case HtmlBlock html:
                    text.Append(HtmlText.ToPlainText(html.Lines.ToString()));
                    break;
                default:
                    if (block.Inline is { } inline)
                    {
                        AppendInlines(inline, text);
                    }

                    break;
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case AutolinkInline:
                case HtmlInline:
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline children:
                    AppendInlines(children, text);
                    break;
            }
        }
    }
}
