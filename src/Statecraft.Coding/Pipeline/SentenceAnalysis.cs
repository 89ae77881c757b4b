using Statecraft.Coding.Dates;
using Statecraft.Coding.Events;

namespace Statecraft.Coding.Pipeline;

/// <summary>What the parallel stage found in one sentence: events with their verb positions, date expressions, issues.</summary>
/// <param name="Paragraph">Index of the paragraph in its document.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Dates">Date expressions in reading order.</param>
/// <param name="Events">Events not yet dated.</param>
/// <param name="Issues">Issue tags.</param>
/// <param name="Reason">Why there is no event, or <see cref="NoEventReason.None"/>.</param>
/// <param name="Skipped">Whether the sentence was too long to code.</param>
/// <param name="Discard">Whether a discard phrase matched, and whether it discards the story.</param>
internal sealed record SentenceAnalysis(
    int Paragraph,
    string Text,
    IReadOnlyList<DateExpression> Dates,
    IReadOnlyList<SentenceEvent> Events,
    IReadOnlyList<string> Issues,
    NoEventReason Reason,
    bool Skipped,
    (bool Sentence, bool Story) Discard);
