namespace Statecraft.Coding.Actors;

/// <summary>How a mention names its actors.</summary>
internal enum MentionKind
{
    /// <summary>A dictionary phrase, possibly composed (Japanese government, Prime Minister Abe).</summary>
    Name,

    /// <summary>A pronoun (he, his, they) resolved to an earlier or, after a fronted phrase, a later mention.</summary>
    Pronoun,

    /// <summary>"both leaders", "both sides", "the two countries": the last two states the text named.</summary>
    Group,

    /// <summary>A coordination of mentions ("Japan and the US", "Japan–US").</summary>
    Compound,
}

/// <summary>A span of tokens in a sentence that names one or more actors.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index after the last token.</param>
/// <param name="Members">The actors named (several for compounds and groups).</param>
/// <param name="Kind">How the actors are named.</param>
/// <param name="Preposition">The folded preposition that governs the mention (in, to, with...), or null.</param>
internal sealed record ActorMention(int Start, int End, IReadOnlyList<ActorReference> Members, MentionKind Kind, string? Preposition)
{
    /// <summary>Whether the mention is followed by a possessive <c>'s</c> (Abe's visit).</summary>
    public bool IsPossessor { get; init; }

    /// <summary>Whether a person is among the members.</summary>
    public bool HasPerson => Members.Any(m => m is PersonReference);

    /// <summary>The distinct states among the members.</summary>
    public IEnumerable<string> Countries => Members.Select(m => m.Country).OfType<string>().Distinct();
}
