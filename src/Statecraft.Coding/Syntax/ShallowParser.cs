using Statecraft.Coding.Parity;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Syntax;

/// <summary>
/// Builds a Penn-style tree for a tagged sentence from its verb groups and chunks (docs/coding-rules.md §10), shaped
/// as the parity mode's clause rules read a parser's tree: each finite verb group heads a clause whose subject is
/// the noun phrase before it, auxiliaries nest as verb phrases ("has [been [attacked ...]]"), and what follows the
/// head is cut into noun phrases, prepositional phrases and infinitive or participle complements. A clause whose
/// subject directly follows another clause's verb or its "that" nests inside that verb phrase ("said [Y attacked
/// Z]"), a verb group after "and" shares the previous subject ("met X and [signed Y]"), and a relative clause
/// ("which attacked Y") has no subject of its own, so it codes nothing.
/// </summary>
/// <remarks>
/// Each leaf keeps its token's index (<see cref="TreeNode.Token"/>), so an event found in the tree is dated by the
/// date expression nearest its verb, as in text mode.
/// </remarks>
internal sealed class ShallowParser
{
    private static readonly HashSet<string> NounTags = ["NN", "NNS", "NNP", "PRP", "CD"];
    /// <summary>Tags a noun phrase is made of; quotation marks ("a ``special law''") stay inside it.</summary>
    private static readonly HashSet<string> NounPhraseTags = ["DT", "PRP$", "JJ", "NN", "NNS", "NNP", "PRP", "CD", "POS", "EX"];

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly string[] _tags;

    private ShallowParser(string text, IReadOnlyList<Token> tokens, string[] tags)
    {
        _text = text;
        _tokens = tokens;
        _tags = tags;
    }

    /// <summary>The tree of one sentence: <paramref name="tags"/> are the Penn tags of <paramref name="tokens"/>.</summary>
    public static TreeNode Parse(string text, IReadOnlyList<Token> tokens, string[] tags) => new ShallowParser(text, tokens, tags).Build();

    private TreeNode Build()
    {
        var groups = VerbGroups();
        var clauses = groups.Where(g => g.Finite).Select(g => new Clause(g)).ToList();
        for (var k = 0; k < clauses.Count; k++)
        {
            FindSubject(clauses, k);
        }

        // Each clause's material runs to where the next clause takes over (its subject, its "and", its relative word).
        for (var k = 0; k < clauses.Count; k++)
        {
            clauses[k].End = k + 1 < clauses.Count ? clauses[k + 1].TakeOver : End();
        }

        var root = new TreeNode("ROOT", null);
        var first = clauses.Count > 0 ? clauses[0].TakeOver : End();
        if (first > 0)
        {
            // "On Monday, ...": what comes before the first clause is not its subject.
            var lead = new TreeNode("FRAG", null);
            lead.Children.AddRange(Chunks(0, first));
            root.Children.Add(lead);
        }

        var k2 = 0;
        while (k2 < clauses.Count)
        {
            root.Children.Add(Sentence(clauses, ref k2));
        }

        return root;
    }

    /// <summary>The sentence's last token, without a final full stop.</summary>
    private int End() => _tokens.Count > 0 && _tags[^1] == "." ? _tokens.Count - 1 : _tokens.Count;

    /// <summary>The clause at <paramref name="k"/> with its coordinated verb phrases and the clauses it governs; moves <paramref name="k"/> past them.</summary>
    private TreeNode Sentence(List<Clause> clauses, ref int k)
    {
        var clause = clauses[k];
        var s = new TreeNode("S", null);
        if (clause.Relative >= 0)
        {
            s.Children.Add(Leaf(clause.Relative));
        }
        else if (clause.SubjectStart >= 0)
        {
            s.Children.Add(NounPhrase(clause.SubjectStart, clause.SubjectEnd));
        }

        k++;
        var phrase = VerbPhrase(clause, clauses, ref k);
        while (k < clauses.Count && clauses[k].Coordinated >= 0)
        {
            // "met X and signed Y": one subject, a verb phrase per conjunct.
            var conjunct = clauses[k];
            k++;
            var next = VerbPhrase(conjunct, clauses, ref k);
            var both = new TreeNode("VP", null);
            both.Children.Add(phrase);
            both.Children.Add(Leaf(conjunct.Coordinated));
            both.Children.Add(next);
            phrase = both;
        }

        s.Children.Add(phrase);
        return s;
    }

    /// <summary>The verb phrase of a clause: its auxiliaries nesting down to the head, then what follows the head.</summary>
    private TreeNode VerbPhrase(Clause clause, List<Clause> clauses, ref int k)
    {
        var following = Chunks(clause.Group.End + 1, clause.End);
        if (k < clauses.Count && Governs(clause, clauses[k]))
        {
            // "said (that) Y attacked Z": the reported clause is part of what the verb says.
            var inner = Sentence(clauses, ref k);
            if (clause.End > 0 && _tokens[clause.End - 1].Norm == "that" && following.Count > 0 && following[^1].Label == "IN")
            {
                var sbar = new TreeNode("SBAR", null);
                sbar.Children.Add(following[^1]);
                sbar.Children.Add(inner);
                following[^1] = sbar;
            }
            else
            {
                following.Add(inner);
            }
        }

        return Chain(clause.Group, following);
    }

    /// <summary>Whether <paramref name="inner"/> has a subject of its own that follows <paramref name="outer"/>'s material with no comma, conjunction or subordinator between.</summary>
    private bool Governs(Clause outer, Clause inner)
    {
        if (inner.SubjectStart < 0 || inner.Coordinated >= 0 || inner.Relative >= 0)
        {
            return false;
        }

        for (var i = outer.Group.End + 1; i < inner.SubjectStart; i++)
        {
            if (_tags[i] is "," or ":" or "CC" || (_tags[i] == "IN" && WordClasses.Subordinators.Contains(_tokens[i].Norm)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"would not have been attacked": VP(would not VP(have VP(been VP(attacked ...)))).</summary>
    private TreeNode Chain(VerbGroup group, List<TreeNode> following)
    {
        var verbs = Enumerable.Range(group.Start, group.End - group.Start + 1).Where(i => IsVerbTag(_tags[i])).ToList();
        TreeNode? inner = null;
        for (var v = verbs.Count - 1; v >= 0; v--)
        {
            var phrase = new TreeNode("VP", null);
            var from = v == 0 ? group.Start : verbs[v];
            var to = v + 1 < verbs.Count ? verbs[v + 1] : group.End + 1;
            for (var i = from; i < to; i++)
            {
                phrase.Children.Add(Leaf(i));
            }

            if (inner is null)
            {
                phrase.Children.AddRange(following);
            }
            else
            {
                phrase.Children.Add(inner);
            }

            inner = phrase;
        }

        return inner!;
    }

    /// <summary>Noun phrases, prepositional phrases, complements and punctuation between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private List<TreeNode> Chunks(int from, int to)
    {
        var chunks = new List<TreeNode>();
        var i = from;
        while (i < to)
        {
            var tag = _tags[i];
            if (tag == "TO" && i + 1 < to && _tags[i + 1] == "VB" || tag == "VBG" || tag == "VBN" || (tag == "VB" && i > from))
            {
                // "to help Y", "killing Y": a subjectless clause, unless a noun phrase directly before it is its subject
                // ("urged Y [to help Z]"), as a parser's tree has it.
                var s = new TreeNode("S", null);
                if (tag == "TO" && chunks.Count > 0 && chunks[^1].Label == "NP" && from > 0 && Controls(from - 1))
                {
                    // The object stays the verb's too: "France urged Germany" is an appeal whatever Germany is urged to do.
                    s.Children.Add(chunks[^1]);
                }

                s.Children.Add(Infinitive(i, to));
                chunks.Add(s);
                return chunks;
            }

            if (tag == "IN" && (_tokens[i].Norm == "that" || WordClasses.Subordinators.Contains(_tokens[i].Norm)))
            {
                // "that" and "after", "because": they open a clause, whose own words are not this verb's objects.
                chunks.Add(Leaf(i));
                i++;
                continue;
            }

            if (tag is "IN" or "TO")
            {
                var pp = new TreeNode("PP", null);
                pp.Children.Add(Leaf(i));
                var end = NounPhraseEnd(i + 1, to);
                if (end > i + 1)
                {
                    pp.Children.Add(NounPhrase(i + 1, end));
                }

                chunks.Add(pp);
                i = Math.Max(end, i + 1);
                continue;
            }

            if (NounPhraseTags.Contains(tag))
            {
                var end = NounPhraseEnd(i, to);
                chunks.Add(NounPhrase(i, end));
                i = end;
                continue;
            }

            chunks.Add(tag == "RP" ? Phrase("PRT", Leaf(i)) : Leaf(i));
            i++;
        }

        return chunks;
    }

    /// <summary>Whether the verb at <paramref name="head"/> (or the one before its object) hands its object to an infinitive (<see cref="WordClasses.ObjectControl"/>).</summary>
    private bool Controls(int head) => IsVerbTag(_tags[head]) && WordClasses.ObjectControl.Contains(_tokens[head].Norm);

    /// <summary>A non-finite verb phrase from <paramref name="from"/>: "to" and a bare verb, or a participle, with what follows it.</summary>
    private TreeNode Infinitive(int from, int to)
    {
        var phrase = new TreeNode("VP", null);
        if (_tags[from] == "TO")
        {
            phrase.Children.Add(Leaf(from));
            phrase.Children.Add(Infinitive(from + 1, to));
            return phrase;
        }

        phrase.Children.Add(Leaf(from));
        phrase.Children.AddRange(Chunks(from + 1, to));
        return phrase;
    }

    /// <summary>Where a noun phrase starting at <paramref name="from"/> ends: past its words and "X and Y" coordinations.</summary>
    private int NounPhraseEnd(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            if (NounPhraseTags.Contains(_tags[i]) || (_tags[i] == "VBN" && i + 1 < to && NounTags.Contains(_tags[i + 1])))
            {
                i++;
            }
            else if (_tags[i] == "CC" && i > from && NounTags.Contains(_tags[i - 1]) && i + 1 < to && NounPhraseTags.Contains(_tags[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private TreeNode NounPhrase(int from, int to)
    {
        var np = new TreeNode("NP", null);
        for (var i = from; i < to; i++)
        {
            np.Children.Add(Leaf(i));
        }

        return np;
    }

    private static TreeNode Phrase(string label, TreeNode child)
    {
        var node = new TreeNode(label, null);
        node.Children.Add(child);
        return node;
    }

    private TreeNode Leaf(int i) => new(_tags[i], _text.Substring(_tokens[i].Start, _tokens[i].Length)) { Token = i };

    private static bool IsVerbTag(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD";

    /// <summary>
    /// The verb groups of the sentence: a run of modals, auxiliaries and adverbs ending in a verb ("would not have
    /// been attacked"). A group is finite when it opens with a modal or a tensed verb; "to help", "killing" and a
    /// participle alone are not.
    /// </summary>
    private List<VerbGroup> VerbGroups()
    {
        var groups = new List<VerbGroup>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if (!IsVerbTag(_tags[i]) || (_tags[i] == "VB" && i > 0 && _tags[i - 1] == "TO"))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var j = i + 1;
            while (j < _tokens.Count && IsAuxiliary(end) && (_tags[j] == "RB" || IsVerbTag(_tags[j])))
            {
                if (IsVerbTag(_tags[j]))
                {
                    end = j;
                }

                j++;
            }

            var finite = _tags[start] is "MD" or "VBD" or "VBZ" or "VBP";
            groups.Add(new VerbGroup(start, end, finite));
            i = end + 1;
        }

        return groups;
    }

    private bool IsAuxiliary(int i) =>
        _tags[i] == "MD" || WordClasses.Be.Contains(_tokens[i].Norm) || WordClasses.Have.Contains(_tokens[i].Norm) || WordClasses.Do.Contains(_tokens[i].Norm)
        || _tokens[i].Norm is "isn't" or "aren't" or "wasn't" or "weren't" or "hasn't" or "haven't" or "hadn't";

    /// <summary>
    /// Finds the subject of clause <paramref name="k"/>: "and" before it shares the previous clause's subject, a
    /// relative word ("which", "who") makes it subjectless, else the noun phrase ending right before the verb group,
    /// with "of" phrases, "X and Y" and an apposition set off by commas ("Obama, the US president, said").
    /// </summary>
    private void FindSubject(List<Clause> clauses, int k)
    {
        var clause = clauses[k];
        var before = clause.Group.Start - 1;
        while (before >= 0 && _tags[before] == "RB")
        {
            before--;
        }

        clause.TakeOver = clause.Group.Start;
        if (before < 0)
        {
            return;
        }

        if (_tags[before] == "CC" && k > 0)
        {
            clause.Coordinated = before;
            clause.TakeOver = before;
            return;
        }

        if (_tags[before] is "WDT" or "WP")
        {
            clause.Relative = before;
            clause.TakeOver = before > 0 && _tags[before - 1] == "," ? before - 1 : before;
            var last = clause.TakeOver - 1;
            if (last >= 0 && SubjectStart(last, k > 0 ? clauses[k - 1].Group.End + 1 : 0) is var head and >= 0)
            {
                // Kept for the clause this one interrupts ("Police, [who arrived later,] fired on ...").
                clause.Antecedent = (head, last + 1);
            }

            return;
        }

        var end = before + 1;
        var start = SubjectStart(before, k > 0 ? clauses[k - 1].Group.End + 1 : 0);
        if (start < 0 && _tags[before] == "," && k > 0 && clauses[k - 1].Relative >= 0 && clauses[k - 1].Antecedent is var (from, to))
        {
            // "Police, who arrived later, fired on ...": the relative clause's antecedent is the subject.
            clause.SubjectStart = from;
            clause.SubjectEnd = to;
            return;
        }

        if (start >= 0)
        {
            clause.SubjectStart = start;
            clause.SubjectEnd = end;
            clause.TakeOver = start;
        }
    }

    /// <summary>The first token of the noun phrase ending at <paramref name="last"/>, not before <paramref name="floor"/>; -1 when none ends there.</summary>
    private int SubjectStart(int last, int floor)
    {
        var i = last;
        if (_tags[i] == ",")
        {
            // An apposition: ", the US president," between the subject and its verb.
            var open = i - 1;
            while (open >= floor && NounPhraseTags.Contains(_tags[open]) || (open >= floor && _tags[open] == "IN" && _tokens[open].Norm == "of"))
            {
                open--;
            }

            if (open < floor || _tags[open] != "," || open == i - 1 || open - 1 < floor || !NounTags.Contains(_tags[open - 1]))
            {
                return -1;
            }

            i = open - 1;
        }

        if (_tags[i] == "-RRB-" && Opening(i, floor) is var open2 and > 0)
        {
            // "the Democratic People's Republic of Korea (DPRK) forsake": the parenthesis belongs to the subject.
            i = open2 - 1;
        }

        if (!NounTags.Contains(_tags[i]))
        {
            return -1;
        }

        if (_tags[i] == "PRP")
        {
            // A pronoun is a whole noun phrase: "announced Wednesday [it] would".
            return i;
        }

        // Back over the noun phrase and the phrases that modify it: "The PRC on Tuesday", "Washington along with its
        // allies", "the president of France": the subject's actor is the first one named (TreeCoder.ActorsOf).
        while (i - 1 >= floor && (NounPhraseTags.Contains(_tags[i - 1])
            || (_tags[i - 1] is "CC" && i - 2 >= floor && NounTags.Contains(_tags[i - 2]))
            || (_tags[i - 1] is "IN" && !WordClasses.Subordinators.Contains(_tokens[i - 1].Norm) && _tokens[i - 1].Norm != "that"
                && i - 2 >= floor && (NounTags.Contains(_tags[i - 2]) || _tags[i - 2] == "IN"))))
        {
            i--;
        }

        if (_tags[i] == "IN")
        {
            // A subject does not open with a preposition: "In Gaza Israeli troops fired" is the troops'.
            var j = i + 1;
            while (j < last && _tags[j] is "DT" or "PRP$" or "CD")
            {
                j++;
            }

            i = j < last ? j + 1 : i;
        }

        return i;
    }

    /// <summary>The "(" matching the ")" at <paramref name="close"/>, or -1.</summary>
    private int Opening(int close, int floor)
    {
        for (var j = close - 1; j >= floor; j--)
        {
            if (_tags[j] == "-LRB-")
            {
                return j;
            }
        }

        return -1;
    }

    private readonly record struct VerbGroup(int Start, int End, bool Finite);

    /// <summary>A finite verb group and where its clause begins: its subject, the "and" before it, or its relative word.</summary>
    private sealed class Clause(VerbGroup group)
    {
        public VerbGroup Group { get; } = group;

        public int SubjectStart { get; set; } = -1;

        public int SubjectEnd { get; set; } = -1;

        public int Coordinated { get; set; } = -1;

        public int Relative { get; set; } = -1;

        public (int From, int To)? Antecedent { get; set; }

        /// <summary>Where this clause's material begins, ending the previous clause's.</summary>
        public int TakeOver { get; set; }

        /// <summary>Where the material following the head ends.</summary>
        public int End { get; set; }
    }
}
