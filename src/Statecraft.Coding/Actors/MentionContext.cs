namespace Statecraft.Coding.Actors;

/// <summary>
/// What earlier sentences of the paragraph leave for the next one to refer back to: the subject (for a pronoun
/// that has no antecedent in its own sentence) and the actors named most recently (for "both leaders").
/// </summary>
internal sealed class MentionContext
{
    private readonly List<ActorReference> _recent = [];

    /// <summary>The first actor named outside a prepositional phrase in the previous sentence.</summary>
    public ActorMention? PreviousSubject { get; private set; }

    /// <summary>Actors with a state, oldest first, at most eight.</summary>
    public IReadOnlyList<ActorReference> Recent => _recent;

    /// <summary>Records the mentions of a finished sentence.</summary>
    public void Advance(IReadOnlyList<ActorMention> mentions)
    {
        PreviousSubject = mentions.FirstOrDefault(m => m.Preposition is null && m.Kind != MentionKind.Group) ?? PreviousSubject;
        // A place ("in Tokyo") is where the leaders met, not one of them.
        foreach (var member in mentions.Where(m => m.Preposition is not ("in" or "at" or "near" or "within" or "outside"))
            .SelectMany(m => m.Members).Where(m => m.Country is not null))
        {
            _recent.Add(member);
        }

        if (_recent.Count > 8)
        {
            _recent.RemoveRange(0, _recent.Count - 8);
        }
    }

    /// <summary>The two most recent actors of different states, or null.</summary>
    public IReadOnlyList<ActorReference>? LastPair(IEnumerable<ActorReference> before)
    {
        var pool = _recent.Concat(before).Reverse().ToList();
        var first = pool.FirstOrDefault();
        var second = first is null ? null : pool.FirstOrDefault(r => r.Country != first.Country);
        return first is null || second is null ? null : [second, first];
    }
}
