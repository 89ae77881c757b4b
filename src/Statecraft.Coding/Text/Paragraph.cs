namespace Statecraft.Coding.Text;

/// <summary>A paragraph of a document, its lines joined into one line of text.</summary>
/// <param name="Index">0-based position among the document's paragraphs.</param>
/// <param name="Start">Offset of its first character in the document text (the source span).</param>
/// <param name="Text">The paragraph with its white space collapsed to single spaces.</param>
internal sealed record Paragraph(int Index, int Start, string Text)
{
    /// <summary>Whether the paragraph is a heading: short and without final punctuation.</summary>
    public bool IsHeading { get; init; }

    /// <summary>Whether the paragraph is a footnote (it starts with a superscript digit): outside the narrative's flow.</summary>
    public bool IsFootnote => Text.Length > 0 && Characters.IsFootnoteMarker(Text[0]);
}
