namespace Statecraft.Coding.Actors;

/// <summary>The kinds of dictionary phrases, in the order that decides between entries of one phrase.</summary>
public enum ActorEntryKind
{
    /// <summary>A named person (<c>Abe Shinzo</c>).</summary>
    Person,

    /// <summary>An organisation without a state (<c>United Nations</c>).</summary>
    Organization,

    /// <summary>A state's name (<c>Japan</c>).</summary>
    State,

    /// <summary>A state's demonym (<c>Japanese</c>).</summary>
    Demonym,

    /// <summary>A capital or seat of government standing for the state's institutions (<c>Tokyo</c>, <c>the Kremlin</c>).</summary>
    Metonym,

    /// <summary>A sector noun or title (<c>government</c>, <c>prime minister</c>) that composes with a state.</summary>
    Agent,
}

/// <summary>What one dictionary phrase stands for.</summary>
/// <param name="Kind">The kind of phrase.</param>
/// <param name="Reference">The actor, for every kind but <see cref="ActorEntryKind.Agent"/>.</param>
/// <param name="Agent">The CAMEO agent code, for agents and metonyms.</param>
public sealed record ActorEntry(ActorEntryKind Kind, ActorReference? Reference, string? Agent);
