using System.Collections.Frozen;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Events;

/// <summary>
/// Turns pattern matches into source-verb-target events (docs/coding-rules.md, rules 3-7): the source is the
/// nearest actor before the verb that is not governed by a preposition; the target fills the pattern's slot or is
/// the first actor after the verb; passive verbs take their source from the "by" phrase; negated verbs are flagged;
/// compounds give one event per member.
/// </summary>
internal static class EventFinder
{
    /// <summary>CAMEO 120, "Reject, not specified below": what a refusal to cooperate is coded as.</summary>
    private const string RejectCode = "120";

    private static readonly FrozenSet<string> Negators = new[] { "not", "n't", "never", "failed", "fail", "fails", "unable", "without", "no" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Refusals = new[] { "refused", "refuse", "refuses", "refusing", "declined", "declines", "decline" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions that mark a place or a time, never a participant.</summary>
    private static readonly FrozenSet<string> Locative = new[] { "in", "at", "near", "within", "outside", "across", "around", "during", "after", "before", "since", "of", "like", "including" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseBreaks = new[] { ";", "but", "while", "whereas", "although", "though", "because", "however" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The events of one sentence; <paramref name="reason"/> says why there are none.</summary>
    public static List<SentenceEvent> Find(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, VerbPatternSet patterns, out NoEventReason reason)
    {
        var events = new List<SentenceEvent>();
        if (mentions.Count == 0)
        {
            reason = NoEventReason.NoActor;
            return events;
        }

        var matches = PatternMatcher.FindAll(tokens, mentions, patterns);
        foreach (var match in matches)
        {
            AddEvents(tokens, mentions, match, events);
        }

        reason = events.Count > 0 ? NoEventReason.None : matches.Count > 0 ? NoEventReason.NoDyad : NoEventReason.NoPattern;
        return events;
    }

    private static void AddEvents(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, PatternMatch match, List<SentenceEvent> events)
    {
        var subject = Subject(tokens, mentions, match.Start);
        var slot = match.SlotStart >= 0 ? mentions.First(m => m.Start == match.SlotStart) : null;
        var target = slot is not null && !match.SlotIsSource ? slot
            : match.Pattern.AmongSource ? null
            : match.SlotIsSource ? subject ?? Object(tokens, mentions, match, slot)
            : Object(tokens, mentions, match, subject);
        var source = match.SlotIsSource ? slot : subject;
        if (Enumerable.Range(match.Start, match.End - match.Start).Any(i => Passive.IsAt(tokens, i)))
        {
            source = Agent(tokens, mentions, match.End);
            target = subject;
        }

        var negation = Negation(tokens, match.Start);

        // A refusal is itself an event: "refused to support" is a rejection (CAMEO 12), not a support.
        var code = negation == NegationKind.Refusal && Ontology.CameoOntology.Get(match.Pattern.Code).Quad <= 2 ? RejectCode : match.Pattern.Code;
        var negated = negation == NegationKind.Negated || (negation == NegationKind.Refusal && code == match.Pattern.Code);
        foreach (var (from, to) in Pairs(source, target))
        {
            var added = new SentenceEvent(from, to, code, negated, match.Start, match.Pattern.Text);
            if (!events.Exists(e => e.Source == from && e.Target == to && e.Code == added.Code))
            {
                events.Add(added);
            }
        }
    }

    /// <summary>
    /// Source x target members. A compound with no target acts among its members (rule E3): two parties give one
    /// event, first to second; three or more (a multilateral act: "signed by Australia, Brunei, Canada, ...") give
    /// one event per party, each towards the next named and the last towards the first, so that no party stands
    /// for the others and the count grows with the list, not with its square.
    /// </summary>
    private static IEnumerable<(ActorReference From, ActorReference To)> Pairs(ActorMention? source, ActorMention? target)
    {
        if (source is not null && target is not null)
        {
            return from s in source.Members from t in target.Members where !Equals(s, t) select (s, t);
        }

        var group = source ?? target;
        if (group is null)
        {
            return [];
        }

        // One party per state: "Japanese Prime Minister Abe and Japan" is one party, not an act between two.
        var parties = group.Members.DistinctBy(m => (object?)m.Country ?? m).ToList();
        return parties.Count switch
        {
            < 2 => [],
            2 => [(parties[0], parties[1])],
            _ => parties.Select((p, i) => (p, parties[(i + 1) % parties.Count])),
        };
    }

    /// <summary>The nearest actor before the verb, in its clause, not governed by a preposition (a possessor counts).</summary>
    private static ActorMention? Subject(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, int verb)
    {
        var clauseStart = verb - 1;
        while (clauseStart > 0 && !ClauseBreaks.Contains(tokens[clauseStart].Norm))
        {
            clauseStart--;
        }

        ActorMention? best = null;
        foreach (var mention in mentions)
        {
            if (mention.End > verb || mention.Start < clauseStart)
            {
                continue;
            }

            if (mention.Preposition is null || (mention.IsPossessor && mention.End >= verb - 3))
            {
                best = mention;
            }
        }

        return best ?? mentions.FirstOrDefault(m => m.End <= verb && m.Preposition is null);
    }

    /// <summary>Without a slot, the target is the first actor after the verb that is not a place or a time.</summary>
    private static ActorMention? Object(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, PatternMatch match, ActorMention? subject)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start < match.End || mention == subject)
            {
                continue;
            }

            if (mention.Start - match.End > 12 || Enumerable.Range(match.End, mention.Start - match.End).Any(i => ClauseBreaks.Contains(tokens[i].Norm)))
            {
                return null;
            }

            if (mention.Preposition is null || !Locative.Contains(mention.Preposition))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The actor of a "by" phrase after a passive verb.</summary>
    private static ActorMention? Agent(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, int after) =>
        mentions.FirstOrDefault(m => m.Start >= after && m.Start - after <= 6 && m.Preposition == "by");

    private static NegationKind Negation(IReadOnlyList<Token> tokens, int verb)
    {
        for (var i = verb - 1; i >= Math.Max(0, verb - 3); i--)
        {
            var norm = tokens[i].Norm;
            // "refused to", and "will not" / "would not", state a refusal (rule 6).
            if (Refusals.Contains(norm) || (norm is "not" or "n't" && i > 0 && tokens[i - 1].Norm is "will" or "would" or "wo"))
            {
                return NegationKind.Refusal;
            }

            if (Negators.Contains(norm) && !(norm == "not" && i + 1 < tokens.Count && tokens[i + 1].Norm == "only"))
            {
                return NegationKind.Negated;
            }
        }

        return NegationKind.None;
    }

    private enum NegationKind
    {
        None,
        Negated,
        Refusal,
    }
}
