using System.Collections.Frozen;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Dates;

/// <summary>
/// Recognises a date told as background to the narrative (docs/coding-rules.md, rule D8): an absolute date in a
/// past-perfect clause, "reminded him that Kishi had played golf with Eisenhower in 1957". Without a parser the
/// clause is the past-perfect <c>had</c> before the date, in the same clause.
/// </summary>
internal static class Flashback
{
    /// <summary>How far before the date the past perfect may stand ("had played golf with President Dwight Eisenhower in").</summary>
    private const int Reach = 12;

    /// <summary>Words that may stand between "had" and its participle ("had already signed", "had not met").</summary>
    private static readonly FrozenSet<string> Adverbs = new[] { "not", "n't", "never", "already", "long", "once", "also", "just", "first", "previously", "earlier", "even", "still" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Irregular past participles common in news and diplomatic narrative; regular ones end in -ed.</summary>
    private static readonly FrozenSet<string> Irregular = new[]
    {
        "been", "met", "made", "held", "sent", "led", "said", "told", "done", "gone", "become", "won", "lost", "left", "put", "set",
        "kept", "paid", "brought", "fought", "thought", "sought", "built", "spent", "begun", "come", "struck", "hit", "cut", "found",
        "stood", "sold", "given", "taken", "written", "spoken", "broken", "chosen", "seen", "known", "shown", "drawn", "grown", "thrown",
        "withdrawn", "undertaken", "forgotten", "got", "gotten", "agreed", "had",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The index of the "had" that opens the past-perfect clause holding the date at <paramref name="date"/>, or -1.
    /// The search stops at a clause break or at another date expression's end (<paramref name="floor"/>).
    /// </summary>
    public static int ClauseStart(IReadOnlyList<Token> tokens, int date, int floor)
    {
        for (var i = date - 1; i >= Math.Max(floor, date - Reach); i--)
        {
            var norm = tokens[i].Norm;
            if (norm is ";" or ":" or "but" or "while" or "whereas")
            {
                return -1;
            }

            if (norm is "had" or "'d" && IsParticiple(tokens, i + 1))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsParticiple(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && Adverbs.Contains(tokens[i].Norm))
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        var norm = tokens[i].Norm;
        return (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal)) || Irregular.Contains(norm);
    }
}
