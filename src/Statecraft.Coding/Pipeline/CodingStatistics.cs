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

    /// <summary>
    /// Documents coded from their Penn Treebank parse (<see cref="CodingMode.Parity"/>); the others were coded from
    /// their text. Not carried by <see cref="ToCounts"/>: the cluster codes from text only.
    /// </summary>
    public long ParsedDocuments { get; internal set; }

    /// <summary>Adds the counts of another run (a batch coded elsewhere) to these.</summary>
    public void Add(CodingStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        Sentences += other.Sentences;
        SkippedSentences += other.SkippedSentences;
        DiscardedSentences += other.DiscardedSentences;
        SentencesWithEvents += other.SentencesWithEvents;
        NoActor += other.NoActor;
        NoPattern += other.NoPattern;
        NoDyad += other.NoDyad;
        Events += other.Events;
        NegatedEvents += other.NegatedEvents;
        ParsedDocuments += other.ParsedDocuments;
    }

    /// <summary>The counts in a fixed order (for carrying them between processes).</summary>
    public IReadOnlyList<long> ToCounts() => [Documents, Sentences, SkippedSentences, DiscardedSentences, SentencesWithEvents, NoActor, NoPattern, NoDyad, Events, NegatedEvents];

    /// <summary>The statistics from <see cref="ToCounts"/>.</summary>
    public static CodingStatistics FromCounts(IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != 10)
        {
            throw new ArgumentException("expected 10 counts", nameof(counts));
        }

        return new CodingStatistics
        {
            Documents = counts[0],
            Sentences = counts[1],
            SkippedSentences = counts[2],
            DiscardedSentences = counts[3],
            SentencesWithEvents = counts[4],
            NoActor = counts[5],
            NoPattern = counts[6],
            NoDyad = counts[7],
            Events = counts[8],
            NegatedEvents = counts[9],
        };
    }
}
