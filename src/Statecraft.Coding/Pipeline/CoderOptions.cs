namespace Statecraft.Coding.Pipeline;

/// <summary>Settings of a coding pipeline.</summary>
public sealed record CoderOptions
{
    /// <summary>Sentences longer than this (in characters) are skipped and counted.</summary>
    /// <value>The default is 4,000 characters, about ten times the longest sentence of a news story.</value>
    public int MaxSentenceChars { get; init; } = 4000;

    /// <summary>How many threads code paragraphs at once.</summary>
    /// <value>The default is the number of processors.</value>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many paragraphs one parallel batch holds (memory stays proportional to it, not to the input).</summary>
    /// <value>The default is 2,048.</value>
    public int BatchParagraphs { get; init; } = 2048;

    /// <summary>Whether documents with a Penn Treebank parse are coded from the tree.</summary>
    /// <value>The default is <see cref="CodingMode.Text"/>: parses are not read.</value>
    public CodingMode Mode { get; init; } = CodingMode.Text;

    public void Validate()
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "not a coding mode");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSentenceChars, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(DegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchParagraphs, 1);
    }
}
