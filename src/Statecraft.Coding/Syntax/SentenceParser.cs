using Statecraft.Coding.Actors;
using Statecraft.Coding.Events;
using Statecraft.Coding.Parity;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Syntax;

/// <summary>
/// Syntax mode's events for one sentence (docs/coding-rules.md §10): tags its words, builds its shallow tree and
/// codes the tree with the parity mode's clause rules. Names the actor dictionaries found are proper nouns whatever
/// their spelling, so a name that is also a verb form ("Jordan", "Chad") is not read as a verb.
/// </summary>
internal sealed class SentenceParser
{
    /// <summary>
    /// Longer sentences are left to the text rules: the tree's walks recurse once per nested clause, and no news
    /// sentence comes near this (the pipeline's own limit, 4,000 characters, is about 700 tokens).
    /// </summary>
    internal const int MaxTokens = 1000;

    private readonly TreeCoder _coder;
    private readonly PartOfSpeechTagger _tagger;

    public SentenceParser(TreeCoder coder, VerbPatternSet verbs)
    {
        _coder = coder;
        _tagger = new PartOfSpeechTagger(word => verbs.StartingWith(word).Count > 0 || WordClasses.CommonVerbs.Contains(word));
    }

    /// <summary>The tree of a sentence, for tests and for <c>statecraft code --explain</c>-style inspection.</summary>
    public TreeNode Parse(string text, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions) =>
        ShallowParser.Parse(text, tokens, _tagger.Tag(tokens, Names(tokens.Count, mentions)));

    /// <summary>The events the sentence's tree gives; empty when it gives none (the caller then applies the text rules, N8).</summary>
    public List<SentenceEvent> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        var events = new List<SentenceEvent>();
        if (tokens.Count > MaxTokens)
        {
            return events;
        }

        foreach (var (source, target, code, verb) in _coder.Dyads(Parse(text, tokens, mentions)))
        {
            if (!events.Exists(e => e.Source == source && e.Target == target && e.Code == code))
            {
                events.Add(new SentenceEvent(source, target, code, false, Math.Max(0, verb.Token), "syntax: " + verb.Word));
            }
        }

        return events;
    }

    private static bool[] Names(int count, IReadOnlyList<ActorMention> mentions)
    {
        var names = new bool[count];
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.Compound))
        {
            for (var i = mention.Start; i < mention.End && i < count; i++)
            {
                names[i] = true;
            }
        }

        return names;
    }
}
