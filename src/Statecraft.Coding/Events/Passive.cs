using System.Collections.Frozen;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Events;

/// <summary>Recognises passive verbs without a parser (docs/coding-rules.md, rule 5).</summary>
internal static class Passive
{
    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A participle after a form of "be" (adverbs between allowed): "was persuaded by".</summary>
    public static bool IsAt(IReadOnlyList<Token> tokens, int verb)
    {
        var form = tokens[verb].Norm;
        if (!form.EndsWith("ed", StringComparison.Ordinal) && !form.EndsWith('n') && !form.EndsWith('t'))
        {
            return false;
        }

        for (var i = verb - 1; i >= Math.Max(0, verb - 3); i--)
        {
            if (BeForms.Contains(tokens[i].Norm))
            {
                return true;
            }

            if (!tokens[i].IsWord || !tokens[i].Norm.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }
}
