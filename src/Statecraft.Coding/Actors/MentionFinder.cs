using System.Collections.Frozen;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Actors;

/// <summary>
/// Finds the actor mentions of a sentence: longest dictionary match, composition of state + agent + person
/// ("Japanese Foreign Minister Kono Taro", "Japan's foreign ministry"), hyphenated pairs ("Japan–US"),
/// coordinations ("Japan and the US"), pronouns and "both leaders".
/// </summary>
/// <remarks>Stateless apart from the dictionary: safe to share between threads.</remarks>
internal sealed partial class MentionFinder(ActorDictionary dictionary)
{
    private static readonly FrozenSet<string> PersonPronouns = new[] { "he", "his", "him", "she", "her" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PluralPronouns = new[] { "they", "their", "them" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "at", "to", "with", "from", "by", "of", "for", "against", "towards", "toward", "on", "over", "between",
        "among", "than", "about", "into", "near", "within", "outside", "under", "through", "during", "after", "before",
        "like", "including", "across", "around", "behind", "beyond", "without", "via", "regarding", "concerning",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "his", "her", "its", "their", "both", "new", "then", "former", "future" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GroupNouns = new[] { "leaders", "sides", "countries", "allies", "governments", "states", "nations", "parties", "partners" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Fronted phrases after which a pronoun may point forward ("During his visit to Japan, Mattis ...").</summary>
    private static readonly FrozenSet<string> FrontingWords = new[] { "during", "after", "before", "in", "at", "when", "while", "as", "since", "despite", "on", "following", "upon" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The mentions of a tokenised sentence, in order, with pronouns and groups resolved.</summary>
    public List<ActorMention> Find(IReadOnlyList<Token> tokens, MentionContext context)
    {
        var raw = new List<ActorMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = MentionAt(tokens, i);
            if (mention is null)
            {
                i++;
                continue;
            }

            raw.Add(mention with { Preposition = PrepositionBefore(tokens, mention.Start) });
            i = mention.End;
        }

        var merged = MergeCompounds(tokens, raw);
        return ResolveReferences(tokens, merged, context);
    }

    private ActorMention? MentionAt(IReadOnlyList<Token> tokens, int i)
    {
        var norm = tokens[i].Norm;
        if (PersonPronouns.Contains(norm) || PluralPronouns.Contains(norm))
        {
            return new ActorMention(i, i + 1, [], MentionKind.Pronoun, null);
        }

        if (IsGroup(tokens, i, out var groupEnd))
        {
            return new ActorMention(i, groupEnd, [], MentionKind.Group, null);
        }

        var entries = dictionary.Match(tokens, i, out var length);
        if (entries is null)
        {
            return tokens[i].IsWord && tokens[i].Norm.Contains('-', StringComparison.Ordinal) ? HyphenatedPair(tokens[i], i) : null;
        }

        return Compose(tokens, i, i + length, entries[0]);
    }

    /// <summary>State (+ 's) (+ agent) (+ person), or title + person, as one mention.</summary>
    private ActorMention? Compose(IReadOnlyList<Token> tokens, int start, int end, ActorEntry entry)
    {
        switch (entry.Kind)
        {
            case ActorEntryKind.Agent:
                var person = MatchKind(tokens, end, ActorEntryKind.Person, out var personEnd);
                return person is null ? null : Named(tokens, start, personEnd, Titled(tokens, start, person.Reference!, entry.Agent));
            case ActorEntryKind.Person or ActorEntryKind.Organization:
                return Named(tokens, start, end, entry.Reference!);
        }

        var state = (StateReference)entry.Reference!;
        if (entry.Kind == ActorEntryKind.Metonym)
        {
            // A capital is a place as often as a government: "in Washington President Trump" is two mentions.
            return Named(tokens, start, end, state);
        }

        var next = end < tokens.Count && tokens[end].Norm == "'s" ? end + 1 : end;
        var agent = MatchAgentChain(tokens, next, out var agentEnd);
        if (agent is null)
        {
            return Named(tokens, start, end, state);
        }

        var titled = MatchKind(tokens, agentEnd, ActorEntryKind.Person, out var titledEnd);
        return titled is not null && titled.Reference!.Country == state.Iso3
            ? Named(tokens, start, titledEnd, Titled(tokens, start, titled.Reference, agent))
            : Named(tokens, start, agentEnd, state with { Agent = agent });
    }

    /// <summary>One or more agent phrases in a row ("Defense Secretary", "Deputy Prime Minister"); the first decides.</summary>
    private string? MatchAgentChain(IReadOnlyList<Token> tokens, int start, out int end)
    {
        end = start;
        string? agent = null;
        while (MatchKind(tokens, end, ActorEntryKind.Agent, out var next) is { } entry)
        {
            agent ??= entry.Agent;
            end = next;
        }

        return agent;
    }

    private ActorEntry? MatchKind(IReadOnlyList<Token> tokens, int start, ActorEntryKind kind, out int end)
    {
        end = start;
        if (start >= tokens.Count)
        {
            return null;
        }

        var entries = dictionary.Match(tokens, start, out var length);
        if (entries is not null)
        {
            foreach (var entry in entries)
            {
                if (entry.Kind == kind)
                {
                    end = start + length;
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A person named with a title ("Prime Minister Abe") keeps the title's agent, which codes them when the event
    /// has no date (rule A3). A "former" or "future" title names an office not held at the time, so it is not kept.
    /// </summary>
    private static ActorReference Titled(IReadOnlyList<Token> tokens, int start, ActorReference person, string? agent) =>
        person is PersonReference named && agent is not null && (start == 0 || tokens[start - 1].Norm is not ("former" or "future"))
            ? named with { TitleAgent = agent }
            : person;

    private static ActorMention Named(IReadOnlyList<Token> tokens, int start, int end, ActorReference reference) =>
        new(start, end, [reference], MentionKind.Name, null)
        {
            IsPossessor = end < tokens.Count && tokens[end].Norm == "'s",
        };

    private static bool IsGroup(IReadOnlyList<Token> tokens, int i, out int end)
    {
        end = i;
        var norm = tokens[i].Norm;
        if (norm == "both" && i + 1 < tokens.Count && GroupNouns.Contains(tokens[i + 1].Norm))
        {
            end = i + 2;
        }
        else if (norm == "the" && i + 2 < tokens.Count && tokens[i + 1].Norm == "two" && GroupNouns.Contains(tokens[i + 2].Norm))
        {
            end = i + 3;
        }

        return end > i;
    }

    private static string? PrepositionBefore(IReadOnlyList<Token> tokens, int start)
    {
        var i = start - 1;
        while (i >= 0 && Determiners.Contains(tokens[i].Norm))
        {
            i--;
        }

        return i >= 0 && Prepositions.Contains(tokens[i].Norm) ? tokens[i].Norm : null;
    }
}
