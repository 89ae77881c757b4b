using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Events;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Pipeline;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Parity;

/// <summary>
/// PETRARCH2 parity mode (docs/coding-rules.md, "Parity mode"): a record that carries a Penn Treebank parse is coded
/// clause by clause from the tree. The head verb of each clause picks the verb patterns (CAMEO.2.0 and the built-in
/// ones, as loaded into the pipeline); a pattern's words following the verb must occur, in order, in the verb phrase's
/// material following the head (objects, prepositional phrases), not necessarily next to each other. The source is the
/// subject noun phrase's actor, the target the actor of the object or of a prepositional object; coordinated noun
/// phrases give one event per conjunct; a passive clause with a "by" agent swaps them. A record without a usable
/// parse is coded from its text.
/// </summary>
/// <remarks>
/// Not ported: PETRARCH2's patterns with words before the verb, its combination of verb codes for modal and
/// auxiliary verbs beyond the dictionary's transformation rules, and its story-level de-duplication. bench/README.md
/// gives the measured agreement with PETRARCH2's own output.
/// </remarks>
internal sealed class TreeCoder(CoderPipeline pipeline)
{
    /// <summary>PETRARCH2's country part of an actor code whose state the text does not name.</summary>
    internal const string UnknownState = "---";

    /// <summary>The actors of the noun phrases of the sentence this thread is coding (<see cref="ActorsOf"/>).</summary>
    [ThreadStatic]
    private static Dictionary<TreeNode, List<ActorReference>>? t_actors;

    [ThreadStatic]
    private static TreeCoder? t_owner;

    private readonly MentionFinder _mentions = new(pipeline.Actors);
    private readonly TreeTransformations _transformations = new(pipeline.Verbs.Transformations);

    public List<CodedEvent> Code(PetrarchRecord record, PartialDate? date)
    {
        var tree = record.Parse is { } parse ? PennTree.Parse(parse) : null;
        return tree is null ? [.. pipeline.Code(new Document(record.Id, record.Text, date))] : Code(tree, record.Id, record.Text, date);
    }

    /// <summary>The events of one parsed sentence: record <paramref name="id"/>, whose text is <paramref name="text"/>.</summary>
    public List<CodedEvent> Code(TreeNode tree, string id, string text, PartialDate? date)
    {
        var events = new List<CodedEvent>();
        foreach (var (source, target, code, _) in Dyads(tree))
        {
            var s = source.Resolve(date);
            var t = target.Resolve(date);
            if (s.Code == t.Code || events.Exists(e => e.Source == s.Code && e.Target == t.Code && e.Type.Code == code))
            {
                continue;
            }

            events.Add(new CodedEvent(id, 0, date, DatePrecision.Document, s.Code, s.Country, t.Code, t.Country,
                CameoOntology.Get(code), [], false, text));
        }

        return events;
    }

    /// <summary>
    /// The dyads of a sentence's tree before their actors are resolved at a date, each with the head verb's leaf that
    /// gave it (syntax mode dates an event by the date expression nearest that verb).
    /// </summary>
    internal List<(ActorReference Source, ActorReference Target, string Code, TreeNode Verb)> Dyads(TreeNode tree)
    {
        t_actors?.Clear();
        var dyads = new List<(ActorReference, ActorReference, string, TreeNode)>();
        // PETRARCH2 codes no event from a negated verb ("would not help"): the event did not happen.
        var clauses = TreeClauses.Of(tree).Where(c => !c.Negated).ToList();
        var transformed = new HashSet<TreeClause>(ReferenceEqualityComparer.Instance);
        foreach (var clause in clauses.Where(c => !transformed.Contains(c)))
        {
            // "X said it attacked Y": a transformation makes the reporting clause and the reported one a single event.
            var coded = _transformations.Apply(this, clause, clauses, transformed) ?? Code(clause);
            dyads.AddRange(coded.Select(c => (c.Source, c.Target, c.Code, clause.Verb)));
        }

        return dyads;
    }

    /// <summary>The dyads and code of one clause; none when its head verb has no pattern or a side has no actor.</summary>
    internal IEnumerable<(ActorReference Source, ActorReference Target, string Code)> Code(TreeClause clause) => Code(clause, []);

    /// <summary>As <see cref="Code(TreeClause)"/>, a complement naming no target of its own taking <paramref name="inherited"/>.</summary>
    private IEnumerable<(ActorReference Source, ActorReference Target, string Code)> Code(TreeClause clause, List<ActorReference> inherited)
    {
        // "X is seeking to deepen a partnership with Y": the complement's verb says what X does, unless the head
        // matched a pattern with words of its own ("X faces pressure from Y to help Z"); the head verb alone
        // codes the clause only when no complement does.
        var specific = CodeHead(clause, 2, inherited).ToList();
        if (specific.Count > 0)
        {
            return specific;
        }

        // T13: "X and Y will meet in Zurich to discuss Z": a complement with no target of its own acts on the head's
        // target (Switzerland), as in PETRARCH2's output, rather than among the subject's members, now that a bare
        // verb of a PETRARCH block ("discuss" 040) codes the complement.
        var headTargets = Target(Objects(Following(clause)), null);
        var inComplements = clause.Complements.SelectMany(c => Code(c, headTargets.Count > 0 ? headTargets : inherited)).ToList();
        return inComplements.Count > 0 ? inComplements : CodeHead(clause, 1, inherited);
    }

    private IEnumerable<(ActorReference Source, ActorReference Target, string Code)> CodeHead(TreeClause clause, int minimumWeight, List<ActorReference> inherited)
    {
        if (Roles(clause, minimumWeight, inherited) is not var (sources, targets, code))
        {
            yield break;
        }

        foreach (var source in sources)
        {
            foreach (var target in targets.Where(t => t != source))
            {
                yield return (source, target, code);
            }
        }
    }

    /// <summary>The code dictionaries give <paramref name="verb"/> (any form) with nothing after it; null when none.</summary>
    internal string? CodeOfVerb(string verb) => Match(TextFolding.Fold(verb).ToLowerInvariant(), [])?.Pattern.Code;

    /// <summary>
    /// The sources, targets and code of a clause's head verb, either side possibly empty; null when no pattern of at
    /// least <paramref name="minimumWeight"/> words matches.
    /// </summary>
    internal (List<ActorReference> Sources, List<ActorReference> Targets, string Code)? Roles(TreeClause clause, int minimumWeight) =>
        Roles(clause, minimumWeight, []);

    private (List<ActorReference> Sources, List<ActorReference> Targets, string Code)? Roles(TreeClause clause, int minimumWeight, List<ActorReference> inherited)
    {
        var following = Following(clause);
        // T5: a passive clause's subject is the verb's object ("evidence against Y was presented by X" is "X presented
        // evidence against Y"), so its words, head and modifying phrases, come first among those a pattern may name.
        var slots = clause.Passive ? [.. ObjectSlots(clause.Subject), .. following] : following;
        var words = slots.SelectMany(SlotWords).Select(w => TextFolding.Fold(w).ToLowerInvariant()).ToList();
        var match = Match(TextFolding.Fold(clause.Verb.Word!).ToLowerInvariant(), words);
        if (match is null || match.Value.Pattern.Weight < minimumWeight)
        {
            return null;
        }

        var objects = Objects(following);
        var subject = ActorsOf(clause.Subject);
        List<ActorReference> sources, targets;
        if (clause.Passive)
        {
            // "X was attacked by Y": the agent of the by-phrase acts on the subject.
            sources = objects.Where(o => o.Preposition == "by").Select(o => o.Actors).FirstOrDefault() ?? [];
            targets = subject;
        }
        else
        {
            sources = subject;
            targets = Target(objects, match.Value.Preposition);
        }

        if (match.Value.Pattern.Reversed || match.Value.Pattern.Elements.Any(e => e.Kind == PatternElementKind.Source))
        {
            (sources, targets) = (targets, sources);
        }

        if (targets.Count == 0)
        {
            targets = inherited;
        }

        if (targets.Count == 0 && sources.Count > 1)
        {
            // "Brazil and the United States are seeking a partnership", "the US, Russia and Switzerland met": with no
            // target, each member of a coordinated subject acts towards each other member.
            targets = sources;
        }

        return (sources, targets, match.Value.Pattern.Code);
    }

    /// <summary>The constituents after the head that may hold its pattern's words and its objects: not clauses, not commas.</summary>
    private static List<TreeNode> Following(TreeClause clause) =>
        clause.Following.Where(c => c.Label is not ("SBAR" or "S") && c.Label != ",").ToList();

    /// <summary>
    /// The words of a constituent following the head that a pattern may name: a noun phrase's own words without its
    /// modifying phrases and clauses, a prepositional phrase's preposition and its object's own words. PETRARCH2
    /// matches a pattern's nouns and prepositions against these, not against every word the verb phrase contains
    /// ("made his remarks in Doha at the start of a trip aimed at ...": "at" of the trip is not the verb's).
    /// </summary>
    private static IEnumerable<string> SlotWords(TreeNode node)
    {
        if (node.Label.StartsWith("NP", StringComparison.Ordinal))
        {
            return OwnWords(node);
        }

        if (node.Label == "PP")
        {
            return node.Children.TakeWhile(c => !c.Label.StartsWith("NP", StringComparison.Ordinal)).SelectMany(c => c.Words())
                .Concat(node.Children.Where(c => c.Label.StartsWith("NP", StringComparison.Ordinal)).Take(1).SelectMany(OwnWords));
        }

        return node.Words();
    }

    /// <summary>A noun phrase as the constituents that would follow the verb: its head phrase and modifiers apart.</summary>
    private static List<TreeNode> ObjectSlots(TreeNode np) =>
        np.Children.Exists(c => c.Label.StartsWith("NP", StringComparison.Ordinal)) ? np.Children : [np];

    /// <summary>A noun phrase's words without its modifying phrases and clauses ("a court [in Guyana]").</summary>
    private static IEnumerable<string> OwnWords(TreeNode np) =>
        np.Children.Where(c => c.Label is not ("PP" or "SBAR" or "VP" or "S" or "PRN"))
            .SelectMany(c => c.Word is not null ? [c.Word] : c.Label.StartsWith("NP", StringComparison.Ordinal) ? OwnWords(c) : c.Words());

    /// <summary>
    /// The heaviest pattern of the head verb whose later words all occur, in order, among <paramref name="words"/>;
    /// with the word before its target slot when that word is a preposition the target should follow. Of equally
    /// heavy patterns the one loaded last wins: a PETRARCH dictionary added to the built-in one decides as PETRARCH2,
    /// which knows only its own, would.
    /// </summary>
    private (VerbPattern Pattern, string? Preposition)? Match(string verb, List<string> words)
    {
        (VerbPattern Pattern, string? Preposition)? best = null;
        foreach (var pattern in pipeline.Verbs.StartingWith(verb))
        {
            // T13: a PETRARCH block's verbs are read with their bare codes here; the text coder's reading is not.
            if (pattern.Scope == PatternScope.Text)
            {
                continue;
            }

            var at = 0;
            string? beforeTarget = null;
            string? lastWord = null;
            var matched = true;
            foreach (var element in pattern.Elements.Skip(1))
            {
                if (element.Kind == PatternElementKind.Target)
                {
                    beforeTarget = lastWord;
                    continue;
                }

                if (element.Kind != PatternElementKind.Word)
                {
                    continue;
                }

                var found = words.FindIndex(at, w => element.Forms!.Contains(w));
                if (found < 0)
                {
                    matched = false;
                    break;
                }

                lastWord = words[found];
                at = found + 1;
            }

            if (matched && (best is null || pattern.Weight >= best.Value.Pattern.Weight))
            {
                best = (pattern, beforeTarget);
            }
        }

        return best;
    }

    /// <summary>The actors following the verb, in order: direct objects (no preposition) and prepositional objects.</summary>
    private List<(string? Preposition, List<ActorReference> Actors)> Objects(List<TreeNode> following)
    {
        var objects = new List<(string?, List<ActorReference>)>();
        foreach (var node in following)
        {
            if (node.Label.StartsWith("NP", StringComparison.Ordinal))
            {
                objects.Add((null, ActorsOf(node)));
            }
            else if (node.Label is "PP" && node.Children.Count > 0)
            {
                var preposition = node.Children[0].Word is { } p ? TextFolding.Fold(p).ToLowerInvariant() : null;
                foreach (var np in node.Children.Where(c => c.Label.StartsWith("NP", StringComparison.Ordinal)))
                {
                    objects.Add((preposition, ActorsOf(np)));
                }
            }
        }

        return objects.Where(o => o.Item2.Count > 0).ToList();
    }

    /// <summary>The target: the object following the pattern's preposition, else the direct object, else the first prepositional object.</summary>
    private static List<ActorReference> Target(List<(string? Preposition, List<ActorReference> Actors)> objects, string? preposition)
    {
        // An actor the text names ("at Russia") is a better target than a stateless agent before it ("troops").
        var named = objects.Where(o => !o.Actors.TrueForAll(IsUnknownState)).ToList();
        return TargetAmong(named.Count > 0 ? named : objects, preposition);
    }

    private static bool IsUnknownState(ActorReference actor) => actor is OrganizationReference { Code: var code } && code.StartsWith(UnknownState, StringComparison.Ordinal);

    private static List<ActorReference> TargetAmong(List<(string? Preposition, List<ActorReference> Actors)> objects, string? preposition) =>
        (preposition is not null ? objects.FirstOrDefault(o => o.Preposition == preposition).Actors : null)
        ?? objects.FirstOrDefault(o => o.Preposition is null).Actors
        ?? objects.FirstOrDefault(o => o.Preposition is not "by").Actors
        ?? [];

    /// <summary>
    /// The actors a noun phrase names: each conjunct of a coordination ("X and Y", "X, Y and Z") on its own, else its
    /// first actor mention (its head's modifiers, "the president of Brazil", come after the head).
    /// </summary>
    internal List<ActorReference> ActorsOf(TreeNode np)
    {
        // A clause's noun phrases are read several times (for the head's patterns, its complements, transformations):
        // the answer is kept for the sentence being coded.
        var cache = t_actors ??= new Dictionary<TreeNode, List<ActorReference>>(ReferenceEqualityComparer.Instance);
        if (!ReferenceEquals(t_owner, this))
        {
            // Another coder (other dictionaries) used this thread last.
            cache.Clear();
            t_owner = this;
        }

        if (!cache.TryGetValue(np, out var actors))
        {
            actors = ReadActorsOf(np);
            cache[np] = actors;
        }

        return actors;
    }

    private List<ActorReference> ReadActorsOf(TreeNode np)
    {
        if (np.Children.Exists(c => c.Label == "CC") && np.Children.Count(c => c.Label.StartsWith("NP", StringComparison.Ordinal)) >= 2)
        {
            return [.. np.Children.Where(c => c.Label.StartsWith("NP", StringComparison.Ordinal)).SelectMany(ActorsOf).Distinct()];
        }

        if (np.Children.Exists(c => c.Label == "CC") && np.Children.TrueForAll(c => c.Word is not null))
        {
            // A flat coordination ("(NP (NNP Obama) (CC and) (NNP Putin))"): the words between conjunctions and commas.
            var groups = new List<List<string>> { new() };
            foreach (var leaf in np.Children)
            {
                if (leaf.Label is "CC" or ",")
                {
                    groups.Add([]);
                }
                else
                {
                    groups[^1].Add(leaf.Word!);
                }
            }

            var members = groups.Where(g => g.Count > 0).SelectMany(g => FirstActor(string.Join(' ', g))).Distinct().ToList();
            if (members.Count > 1)
            {
                return members;
            }
        }

        return FirstActor(string.Join(' ', np.Words()), string.Join(' ', PhraseWords(np)));
    }

    /// <summary>
    /// A noun phrase's words without the clauses that modify it ("two men [sought in the slaying of two missionaries]"):
    /// their agents belong to other participants. Prepositional modifiers stay ("the government [of France]").
    /// </summary>
    private static IEnumerable<string> PhraseWords(TreeNode np) =>
        np.Word is not null ? [np.Word] : np.Children.Where(c => c.Label is not ("VP" or "SBAR" or "S" or "PRN")).SelectMany(PhraseWords);

    /// <summary>
    /// The first actor of <paramref name="words"/>, with the agents of <paramref name="ownWords"/> (the phrase without its
    /// modifying clauses, T12) appended; the actor is sought in the own words first, then in all of them ("a deadly
    /// attack [targeting a mall in Kenya]" is Kenya's).
    /// </summary>
    private List<ActorReference> FirstActor(string words, string? ownWords = null)
    {
        var own = Tokenizer.Tokenize(ownWords ?? words);
        var first = FirstMention(own) ?? (ownWords is null || ownWords == words ? null : FirstMention(Tokenizer.Tokenize(words)));
        var agents = Agents(own);
        if (first is null)
        {
            // "The government", "insurgents": an agent with no state is coded as PETRARCH2 codes it, "---" and the agent.
            return agents.Count == 0 ? [] : [new OrganizationReference(UnknownState + string.Concat(agents))];
        }

        // "A court in Guyana", "hundreds of UN troops": PETRARCH2 appends every agent the noun phrase names to its
        // actor's code, wherever in the phrase it stands; an agent the mention already composed is not repeated.
        return first.Members.Count != 1 || agents.Count == 0 ? [.. first.Members] : first.Members[0] switch
        {
            StateReference state => [state with { Agent = state.Agent + string.Concat(agents.Where(a => !state.Agent.Contains(a, StringComparison.Ordinal))) }],
            OrganizationReference organization => [new OrganizationReference(organization.Code + string.Concat(agents.Where(a => !organization.Code.EndsWith(a, StringComparison.Ordinal))))],

            // A PETRARCH actor ("Ukrainian" from the Phoenix lists) takes the agents too, whichever of its dated codes applies.
            CodedReference coded => [coded with { Codes = [.. coded.Codes.Select(c => c with { Code = c.Code + string.Concat(agents.Where(a => !c.Code.EndsWith(a, StringComparison.Ordinal))) })] }],
            _ => [.. first.Members],
        };
    }

    private ActorMention? FirstMention(List<Token> tokens) =>
        _mentions.Find(tokens, new MentionContext()).FirstOrDefault(m => m.Kind is MentionKind.Name or MentionKind.Compound);

    /// <summary>The agent codes of the agent words among <paramref name="tokens"/> (names of actors skipped), in order, each once.</summary>
    private List<string> Agents(List<Token> tokens)
    {
        var codes = new List<string>();
        var i = 0;
        while (i < tokens.Count)
        {
            var entries = pipeline.Actors.Match(tokens, i, out var length);
            if (entries?[0] is { Kind: ActorEntryKind.Agent, Agent: { } agent } && !codes.Contains(agent))
            {
                codes.Add(agent);
            }

            i += entries is null ? 1 : Math.Max(1, length);
        }

        return codes;
    }
}
