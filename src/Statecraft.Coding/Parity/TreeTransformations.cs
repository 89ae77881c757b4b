using Statecraft.Coding.Actors;
using Statecraft.Coding.Events;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Parity;

/// <summary>
/// Applies a verb dictionary's transformation rules (<see cref="VerbTransformation"/>; docs/coding-rules.md §9, T11)
/// to a clause and the clause it reports or governs: "X said it attacked Y" is X claiming responsibility (015),
/// "X said Y attacked" X accusing Y (112), "X wants to attack Y" a threat (138). The first rule, in dictionary order,
/// whose verbs and roles fit gives the event; both clauses are then coded by it alone.
/// </summary>
internal sealed class TreeTransformations(IReadOnlyList<VerbTransformation> rules)
{
    /// <summary>
    /// The events of <paramref name="outer"/> and a clause inside it when a rule applies, with that inner clause added to
    /// <paramref name="used"/> (it gives no event of its own); null when none applies.
    /// </summary>
    public List<(ActorReference Source, ActorReference Target, string Code)>? Apply(TreeCoder coder, TreeClause outer, List<TreeClause> clauses, HashSet<TreeClause> used)
    {
        if (rules.Count == 0)
        {
            return null;
        }

        var subject = coder.ActorsOf(outer.Subject);
        var inner = Inner(outer, clauses);
        if (subject.Count == 0 || inner.Count == 0)
        {
            return null;
        }

        foreach (var rule in rules.Where(r => IsVerb(coder, outer.Verb, r.OuterVerb)))
        {
            foreach (var (clause, ownSubject) in inner)
            {
                if (Bind(coder, rule, outer, subject, clause, ownSubject) is { Count: > 0 } events)
                {
                    used.Add(clause);
                    return events;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The clauses <paramref name="outer"/> governs: its subjectless complements ("wants [to attack Y]"), then the clauses
    /// with a subject of their own inside its complement clauses ("said [that Y attacked Z]"), outermost first.
    /// </summary>
    private static List<(TreeClause Clause, bool OwnSubject)> Inner(TreeClause outer, List<TreeClause> clauses)
    {
        var inner = outer.Complements.Select(c => (c, false)).ToList();
        var under = new HashSet<TreeNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in outer.Following.Where(n => n.Label is "SBAR" or "S"))
        {
            AddAll(node, under);
        }

        inner.AddRange(clauses.Where(c => !ReferenceEquals(c, outer) && under.Contains(c.Verb)).Select(c => (c, true)));
        return inner;
    }

    private static void AddAll(TreeNode node, HashSet<TreeNode> nodes)
    {
        nodes.Add(node);
        foreach (var child in node.Children)
        {
            AddAll(child, nodes);
        }
    }

    /// <summary>The rule's events for this pair of clauses, or null when a role or the inner verb does not fit.</summary>
    private static List<(ActorReference, ActorReference, string)>? Bind(TreeCoder coder, VerbTransformation rule, TreeClause outer, List<ActorReference> subject, TreeClause inner, bool ownSubject)
    {
        if (coder.Roles(inner, 1) is not var (sources, targets, code) || !(rule.AnyInnerVerb || IsInnerVerb(coder, inner.Verb, code, rule.InnerVerb)))
        {
            return null;
        }

        var roles = new Dictionary<string, List<ActorReference>>(StringComparer.Ordinal) { [rule.OuterSource] = subject };
        var sameSubject = ReferenceEquals(inner.Subject, outer.Subject);
        var sourceFits = rule.InnerSource switch
        {
            VerbTransformation.None => !ownSubject,
            VerbTransformation.Any => true,
            var role when role == rule.OuterSource => ownSubject && sameSubject,
            var role => ownSubject && !sameSubject && sources.Count > 0 && roles.TryAdd(role, sources),
        };
        var targetFits = rule.InnerTarget switch
        {
            VerbTransformation.None => targets.Count == 0,
            VerbTransformation.Any => true,
            var role => targets.Count > 0 && roles.TryAdd(role, targets),
        };
        if (!sourceFits || !targetFits || !roles.TryGetValue(rule.ResultSource, out var from) || !roles.TryGetValue(rule.ResultTarget, out var to))
        {
            return null;
        }

        var result = rule.AnyInnerVerb ? code : rule.ResultCode;
        return [.. from.SelectMany(s => to.Where(t => t != s).Select(t => (s, t, result)))];
    }

    /// <summary>The outer verb is a form of the rule's verb, or has the same code in the dictionaries.</summary>
    private static bool IsVerb(TreeCoder coder, TreeNode verb, string ruleVerb)
    {
        var word = TextFolding.Fold(verb.Word!).ToLowerInvariant();
        return Inflector.Forms(ruleVerb).Contains(word) || (coder.CodeOfVerb(ruleVerb) is { } code && coder.CodeOfVerb(word) == code);
    }

    /// <summary>
    /// The inner verb is a form of the rule's verb, or its event falls under the same CAMEO root as the rule's verb
    /// ("killed" is an ATTACK as PETRARCH2 reads its codes).
    /// </summary>
    private static bool IsInnerVerb(TreeCoder coder, TreeNode verb, string code, string ruleVerb) =>
        Inflector.Forms(ruleVerb).Contains(TextFolding.Fold(verb.Word!).ToLowerInvariant())
        || (coder.CodeOfVerb(ruleVerb) is { } ruleCode && ruleCode[..2] == code[..2]);
}
