using System.Collections.Frozen;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Events;

/// <summary>Finds where verb patterns match in a tokenised sentence; overlapping matches keep the longest pattern.</summary>
internal static class PatternMatcher
{
    private static readonly FrozenSet<string> ClauseBreaks = new[] { ";", ":", "(", ")", "." }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SlotFillers = new[] { "the", "a", "an", "his", "her", "its", "their", "new", "then", "former", "that" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The matches of <paramref name="patterns"/> in <paramref name="tokens"/>, in sentence order, without overlaps.</summary>
    public static List<PatternMatch> FindAll(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions, VerbPatternSet patterns)
    {
        var found = new List<PatternMatch>();
        int[]? starts = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var candidates = patterns.StartingWith(tokens[i].Norm);
            if (candidates.Count == 0)
            {
                continue;
            }

            starts ??= MentionEnds(tokens.Count, mentions);
            foreach (var pattern in candidates)
            {
                // A PETRARCH verb's bare code is the parity mode's reading (T13); the text coder, which has no parse to
                // tell a verb from a noun, keeps to patterns with words of their own where the block has any.
                if (pattern.Scope != PatternScope.Parity && TryMatch(tokens, starts, pattern, i, out var match))
                {
                    found.Add(match);
                    break;
                }
            }
        }

        if (found.Count <= 1)
        {
            return found;
        }

        var kept = new List<PatternMatch>();
        foreach (var match in found.OrderByDescending(m => m.Pattern.Weight).ThenBy(m => m.Start))
        {
            if (!kept.Exists(k => k.Start < match.End && match.Start < k.End))
            {
                kept.Add(match);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>For each token, the end of the mention that starts there, or 0 when none does.</summary>
    private static int[] MentionEnds(int count, IReadOnlyList<ActorMention> mentions)
    {
        var ends = new int[count];
        foreach (var mention in mentions)
        {
            ends[mention.Start] = mention.End;
        }

        return ends;
    }

    private static bool TryMatch(IReadOnlyList<Token> tokens, int[] mentionEnds, VerbPattern pattern, int start, out PatternMatch match)
    {
        match = default;
        var position = start;
        var targetStart = -1;
        var elements = pattern.Elements;
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            if (element.Kind == PatternElementKind.Word)
            {
                if (position >= tokens.Count || !element.Forms!.Contains(tokens[position].Norm))
                {
                    return false;
                }

                position++;
            }
            else if (element.Kind is PatternElementKind.Target or PatternElementKind.Source)
            {
                targetStart = SlotStart(tokens, mentionEnds, position);
                if (targetStart < 0)
                {
                    // A passive verb has no object: its target is the subject ("Abe was criticized by ...").
                    if (position > start && Passive.IsAt(tokens, position - 1))
                    {
                        continue;
                    }

                    return false;
                }

                position = mentionEnds[targetStart];
            }
            else if (!SkipGap(tokens, elements, e, ref position))
            {
                return false;
            }
        }

        match = new PatternMatch(pattern, start, position, targetStart);
        return true;
    }

    /// <summary>A gap skips the fewest tokens (at most <see cref="PatternElement.MaxGap"/>) after which the next word matches.</summary>
    private static bool SkipGap(IReadOnlyList<Token> tokens, IReadOnlyList<PatternElement> elements, int e, ref int position)
    {
        if (e + 1 >= elements.Count || elements[e + 1].Kind != PatternElementKind.Word)
        {
            return true;
        }

        var next = elements[e + 1].Forms!;
        for (var skip = 0; skip <= PatternElement.MaxGap && position + skip < tokens.Count; skip++)
        {
            var token = tokens[position + skip];
            if (next.Contains(token.Norm))
            {
                position += skip;
                return true;
            }

            if (ClauseBreaks.Contains(token.Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The start of a mention at <paramref name="position"/>, after determiners; -1 when none starts there.</summary>
    private static int SlotStart(IReadOnlyList<Token> tokens, int[] mentionEnds, int position)
    {
        for (var skip = 0; skip <= 2 && position + skip < tokens.Count; skip++)
        {
            var at = position + skip;
            if (mentionEnds[at] > 0)
            {
                return at;
            }

            if (!SlotFillers.Contains(tokens[at].Norm))
            {
                return -1;
            }
        }

        return -1;
    }

}
