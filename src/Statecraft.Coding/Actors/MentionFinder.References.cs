using Statecraft.Coding.Text;

namespace Statecraft.Coding.Actors;

internal sealed partial class MentionFinder
{
    /// <summary>"Japan–US", "Sino-American": a hyphenated word whose every part is a state or demonym.</summary>
    private ActorMention? HyphenatedPair(Token token, int index)
    {
        var parts = token.Norm.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var members = new List<ActorReference>();
        foreach (var part in parts)
        {
            var probe = new List<Token> { new(0, part.Length, part, TokenShape.Word | TokenShape.Capitalized | (part.Length <= 3 ? TokenShape.AllCaps : 0)) };
            var entries = dictionary.Match(probe, 0, out _);
            var state = entries?.FirstOrDefault(e => e.Kind is ActorEntryKind.State or ActorEntryKind.Demonym);
            if (state?.Reference is null)
            {
                return null;
            }

            members.Add(state.Reference);
        }

        return new ActorMention(index, index + 1, members, MentionKind.Compound, null);
    }

    /// <summary>
    /// Mentions separated only by commas and "and" become one compound ("Japan, India, Australia, and the US");
    /// a chain of commas without an "and" is an apposition or a list of clauses, and stays apart.
    /// </summary>
    private static List<ActorMention> MergeCompounds(IReadOnlyList<Token> tokens, List<ActorMention> mentions)
    {
        var merged = new List<ActorMention>();
        var k = 0;
        while (k < mentions.Count)
        {
            var end = k;
            var hasAnd = false;
            while (end + 1 < mentions.Count && Joinable(tokens, mentions[end], mentions[end + 1], out var and))
            {
                hasAnd |= and;
                end++;
            }

            if (end > k && hasAnd)
            {
                var chain = mentions.GetRange(k, end - k + 1);
                merged.Add(chain[0] with { End = chain[^1].End, Members = [.. chain.SelectMany(m => m.Members)], Kind = MentionKind.Compound });
                k = end + 1;
            }
            else
            {
                merged.Add(mentions[k]);
                k++;
            }
        }

        return merged;
    }

    private static bool Joinable(IReadOnlyList<Token> tokens, ActorMention first, ActorMention second, out bool and)
    {
        and = false;
        if (first.Kind is not (MentionKind.Name or MentionKind.Compound) || second.Kind is not (MentionKind.Name or MentionKind.Compound)
            || first.IsPossessor || second.Start == first.End || ClauseCoordination(tokens, first, second))
        {
            return false;
        }

        for (var i = first.End; i < second.Start; i++)
        {
            var norm = tokens[i].Norm;
            and |= norm == "and";
            if (norm is not ("and" or "," or "the"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Abe praised Trump and Putin criticized China": a verb before the first member and a verb after the second
    /// mean two clauses, not one compound.
    /// </summary>
    private static bool ClauseCoordination(IReadOnlyList<Token> tokens, ActorMention first, ActorMention second)
    {
        static bool IsPastVerb(Token t) => t.IsWord && !t.IsCapitalized && t.Norm.EndsWith("ed", StringComparison.Ordinal);
        var before = first.Start - 1;
        while (before >= 0 && Determiners.Contains(tokens[before].Norm))
        {
            before--;
        }

        return before >= 0 && IsPastVerb(tokens[before]) && second.End < tokens.Count && IsPastVerb(tokens[second.End]);
    }

    private static List<ActorMention> ResolveReferences(IReadOnlyList<Token> tokens, List<ActorMention> mentions, MentionContext context)
    {
        var resolved = new List<ActorMention>(mentions.Count);
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var members = mention.Kind switch
            {
                MentionKind.Pronoun => PronounAntecedent(tokens, mentions, k, resolved, context),
                MentionKind.Group => context.LastPair(resolved.SelectMany(m => m.Members).Where(m => m.Country is not null)),
                _ => mention.Members,
            };
            if (members is { Count: > 0 })
            {
                resolved.Add(mention with
                {
                    Members = members,
                    Preposition = mention.Preposition ?? PrepositionBefore(tokens, mention.Start),
                    IsPossessor = mention.IsPossessor || tokens[mention.Start].Norm is "his" or "her" or "their",
                });
            }
        }

        return resolved;
    }

    /// <summary>"During his visit to Japan, Mattis ...": a possessive in a fronted phrase, before its comma.</summary>
    private static bool IsForwardPossessive(IReadOnlyList<Token> tokens, int pronoun)
    {
        if (tokens[pronoun].Norm is not ("his" or "her") || !FrontingWords.Contains(tokens[0].Norm))
        {
            return false;
        }

        for (var i = 0; i < pronoun; i++)
        {
            if (tokens[i].Norm == ",")
            {
                return false;
            }
        }

        return Enumerable.Range(pronoun, tokens.Count - pronoun).Any(i => tokens[i].Norm == ",");
    }

    /// <summary>
    /// he/his/him/she/her: the last person named earlier in the sentence; after a fronted phrase ("During his
    /// visit ..., Mattis"), the next person named; else the previous sentence's subject.
    /// they/their/them: the last compound or group, here or as the previous subject.
    /// </summary>
    private static IReadOnlyList<ActorReference>? PronounAntecedent(
        IReadOnlyList<Token> tokens, List<ActorMention> mentions, int k, List<ActorMention> resolved, MentionContext context)
    {
        var plural = PluralPronouns.Contains(tokens[mentions[k].Start].Norm);
        bool Fits(ActorMention m) => plural ? m.Members.Count > 1 : m.Members.Count == 1 && m.HasPerson;
        var before = resolved.LastOrDefault(Fits);
        if (before is not null)
        {
            return before.Members;
        }

        if (IsForwardPossessive(tokens, mentions[k].Start))
        {
            var after = mentions.Skip(k + 1).FirstOrDefault(m => m.Kind == MentionKind.Name && Fits(m));
            if (after is not null)
            {
                return after.Members;
            }
        }

        return context.PreviousSubject is { } subject && (Fits(subject) || (!plural && subject.Members.Count == 1)) ? subject.Members : null;
    }
}
