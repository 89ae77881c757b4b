namespace Statecraft.Coding.Text;

/// <summary>A paragraph of a document, its lines joined into one line of text.</summary>
/// <param name="Index">0-based position among the document's paragraphs.</param>
/// <param name="Start">Offset of its first character in the document text (the source span).</param>
/// <param name="Text">The paragraph with its white space collapsed to single spaces.</param>
public sealed record Paragraph(int Index, int Start, string Text);
