namespace Statecraft.Coding.Text;

/// <summary>A sentence of a document: the evidence an event points back to.</summary>
/// <param name="Index">0-based position among the document's sentences.</param>
/// <param name="Paragraph">0-based index of the paragraph holding it.</param>
/// <param name="Start">Offset in the document text where its paragraph starts (the source span anchor).</param>
/// <param name="Text">The sentence, white space collapsed.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, string Text);
