using Statecraft.Coding.Actors;

namespace Statecraft.Coding.Events;

/// <summary>An event found in one sentence, before its date is resolved (people are coded at that date).</summary>
/// <param name="Source">Who acts.</param>
/// <param name="Target">Who is acted upon.</param>
/// <param name="Code">The CAMEO code of the pattern.</param>
/// <param name="Negated">Whether the verb is negated ("refused to support"): the event did not happen.</param>
/// <param name="VerbToken">Index of the pattern's first token, which picks the date expression that governs it.</param>
/// <param name="Pattern">The pattern that matched.</param>
internal sealed record SentenceEvent(ActorReference Source, ActorReference Target, string Code, bool Negated, int VerbToken, string Pattern);

/// <summary>Why a sentence gave no event, counted for the run's statistics.</summary>
internal enum NoEventReason
{
    /// <summary>An event was found.</summary>
    None,

    /// <summary>No actor was named.</summary>
    NoActor,

    /// <summary>Actors were named but no verb pattern matched (no default code is invented).</summary>
    NoPattern,

    /// <summary>A pattern matched but a source or a target was missing.</summary>
    NoDyad,
}
