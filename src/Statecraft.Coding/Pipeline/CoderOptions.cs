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

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSentenceChars, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(DegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchParagraphs, 1);
    }
}
