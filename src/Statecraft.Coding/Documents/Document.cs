using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Documents;

/// <summary>A text to code: an article, a news story, a JSONL record or one PETRARCH sentence record.</summary>
/// <param name="Id">The document identifier written in every event's <c>doc</c> field (a file name or a record id).</param>
/// <param name="Text">The plain text (markup already removed).</param>
/// <param name="Date">The document's own date (publication), used when the narrative gives none; null when unknown.</param>
public sealed record Document(string Id, string Text, PartialDate? Date)
{
    /// <summary>
    /// The record's Penn Treebank parse (PETRARCH XML <c>&lt;Parse&gt;</c>), kept only when the file is read with
    /// <see cref="DocumentReader.ReadWithParses"/>; <see cref="Pipeline.CodingMode.Parity"/> codes from it. Null otherwise.
    /// </summary>
    public string? Parse { get; init; }
}
