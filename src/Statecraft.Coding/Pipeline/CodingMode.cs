namespace Statecraft.Coding.Pipeline;

/// <summary>How a pipeline reads a document (docs/coding-rules.md).</summary>
public enum CodingMode
{
    /// <summary>From its text: sentences, actor mentions and verb patterns (§1–§6). The default.</summary>
    Text,

    /// <summary>
    /// PETRARCH2 parity (§9): a document that carries a Penn Treebank parse (<see cref="Documents.Document.Parse"/>)
    /// is coded from the tree with PETRARCH2-style rules; a document without a readable tree is coded from its text.
    /// </summary>
    Parity,

    /// <summary>
    /// From its text through a shallow parse (§10): each sentence's words are tagged, its verb groups and noun
    /// phrases become a tree, and the tree is coded by the parity mode's clause rules; a sentence whose tree gives
    /// nothing is read by the text rules. Sentences are dated, and actors resolved, as in <see cref="Text"/>. Built for
    /// news, whose clauses the text rules miss.
    /// </summary>
    Syntax,
}
