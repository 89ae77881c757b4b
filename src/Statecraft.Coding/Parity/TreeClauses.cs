namespace Statecraft.Coding.Parity;

/// <summary>
/// One clause of a parsed sentence as PETRARCH2 reads it: the subject noun phrase, the head verb of the verb phrase,
/// and what follows the head inside its verb phrase (objects, prepositional phrases, particles).
/// </summary>
/// <param name="Subject">The subject noun phrase.</param>
/// <param name="Verb">The head verb's leaf (its word and tag).</param>
/// <param name="Following">The constituents following the head verb in the innermost verb phrase.</param>
/// <param name="Passive">Whether a form of "be" governs a past participle head ("was attacked").</param>
/// <param name="Negated">Whether "not" or "never" modifies the verb chain.</param>
/// <param name="Complements">Subjectless infinitive or gerund clauses following the head ("seeking [to deepen ...]"), with the same subject.</param>
internal sealed record TreeClause(TreeNode Subject, TreeNode Verb, IReadOnlyList<TreeNode> Following, bool Passive, bool Negated, IReadOnlyList<TreeClause> Complements);

/// <summary>
/// The clauses of a parsed sentence: each S (or SINV, SQ) with a subject NP followed by a VP. Auxiliaries and
/// modals ("has been", "will") are walked through to the innermost verb phrase, whose first verb is the head, so
/// that "will visit" is coded by "visit" and "was attacked" is seen as passive. A coordinated verb phrase ("met X
/// and signed Y") gives one clause per conjunct, each with the shared subject.
/// </summary>
internal static class TreeClauses
{
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "get", "got", "gets", "getting" };

    public static List<TreeClause> Of(TreeNode root)
    {
        var clauses = new List<TreeClause>();
        Collect(root, null, false, clauses);
        return clauses;
    }

    /// <summary>Verbs, modals, and the AUX tags some parsers give auxiliaries (AUXD had, AUXP are).</summary>
    internal static bool IsVerb(TreeNode node) =>
        node.Word is not null && (node.Label.StartsWith("VB", StringComparison.Ordinal) || node.Label == "MD" || node.Label.StartsWith("AUX", StringComparison.Ordinal));

    private static void Collect(TreeNode node, TreeNode? enclosing, bool negated, List<TreeClause> clauses)
    {
        if (node.Label is "S" or "SINV" or "SQ")
        {
            var subject = node.Children.FindIndex(c => c.Label.StartsWith("NP", StringComparison.Ordinal));
            var verb = subject < 0 ? -1 : node.Children.FindIndex(subject + 1, c => c.Label == "VP");
            if (verb >= 0)
            {
                // A pronoun subject of a clause inside another ("the US said that they had attacked Iraq") is the
                // enclosing clause's subject: PETRARCH2 resolves it so, and a pronoun names no actor by itself.
                var own = node.Children[subject];
                enclosing = IsPronoun(own) && enclosing is not null ? enclosing : own;
                var first = clauses.Count;
                Walk(enclosing, node.Children[verb], false, negated, clauses);

                // What a negated verb governs did not happen either ("would not ask Russia to help Israel").
                negated |= clauses.Skip(first).Any(c => c.Negated);
            }
        }

        foreach (var child in node.Children)
        {
            Collect(child, enclosing, negated, clauses);
        }
    }

    /// <summary>"not", "never", "n't", or an auxiliary written with its negation ("didn't", "cannot"), as raw text has them.</summary>
    private static bool IsNegation(TreeNode node) => node.Word is { } w && (node.Label == "RB"
        ? w.Equals("not", StringComparison.OrdinalIgnoreCase) || w == "n't" || w.Equals("never", StringComparison.OrdinalIgnoreCase)
        : IsVerb(node) && (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || w.Equals("cannot", StringComparison.OrdinalIgnoreCase)));

    private static bool IsPronoun(TreeNode np) => np.Children.Count == 1 && np.Children[0].Label == "PRP";

    /// <summary>Descends the verb chain of <paramref name="phrase"/> to its head verbs, noting be-auxiliaries and negation.</summary>
    private static void Walk(TreeNode subject, TreeNode phrase, bool sawBe, bool negated, List<TreeClause> clauses)
    {
        var inner = phrase.Children.Where(c => c.Label == "VP").ToList();
        var verbIndex = phrase.Children.FindIndex(IsVerb);
        negated |= phrase.Children.Exists(IsNegation);
        if (inner.Count > 0)
        {
            // An auxiliary or modal before a nested VP ("has [signed ...]"), or a coordination of VPs ("[met ...] and [signed ...]").
            var be = sawBe || (verbIndex >= 0 && BeForms.Contains(phrase.Children[verbIndex].Word!));
            foreach (var vp in inner)
            {
                Walk(subject, vp, be, negated, clauses);
            }

            return;
        }

        if (verbIndex < 0)
        {
            return;
        }

        var head = phrase.Children[verbIndex];
        var following = phrase.Children.Skip(verbIndex + 1).ToList();
        var complements = new List<TreeClause>();
        foreach (var s in following.TakeWhile(c => c.Label != "," && !c.Label.StartsWith("NP", StringComparison.Ordinal))
            .Where(c => c.Label == "S" && !c.Children.Exists(x => x.Label.StartsWith("NP", StringComparison.Ordinal))))
        {
            // Only a clause next to the head completes it ("is seeking [to deepen ties]"); one set off by the object or
            // a comma ("bombarded the city, [killing eight people]") is an adjunct, which PETRARCH2 does not code.
            foreach (var vp in s.Children.Where(c => c.Label == "VP"))
            {
                Walk(subject, vp, false, negated, complements);
            }
        }

        clauses.Add(new TreeClause(subject, head, following, sawBe && head.Label == "VBN", negated, complements));
    }
}
