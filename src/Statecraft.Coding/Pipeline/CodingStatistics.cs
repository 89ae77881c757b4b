namespace Statecraft.Coding.Pipeline;

/// <summary>What a coding run did: how many documents and sentences it read and why sentences gave no event.</summary>
/// <remarks>Updated by the pipeline's ordered (single-threaded) stage only; read it after the run.</remarks>
public sealed class CodingStatistics
{
    public long Documents { get; internal set; }

    public long Sentences { get; internal set; }

    /// <summary>Sentences longer than the limit, skipped without coding.</summary>
    public long SkippedSentences { get; internal set; }

    /// <summary>Sentences dropped by a discard phrase.</summary>
    public long DiscardedSentences { get; internal set; }

    public long SentencesWithEvents { get; internal set; }

    /// <summary>Sentences that named no actor.</summary>
    public long NoActor { get; internal set; }

    /// <summary>Sentences with actors where no verb pattern matched: no event, and no default code either.</summary>
    public long NoPattern { get; internal set; }

    /// <summary>Sentences where a pattern matched but a source or target was missing.</summary>
    public long NoDyad { get; internal set; }

    public long Events { get; internal set; }

    public long NegatedEvents { get; internal set; }
}
