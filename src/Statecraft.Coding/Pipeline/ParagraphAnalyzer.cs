using Statecraft.Coding.Actors;
using Statecraft.Coding.Dates;
using Statecraft.Coding.Events;
using Statecraft.Coding.Issues;
using Statecraft.Coding.Syntax;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// The parallel stage of the pipeline: splits a paragraph into sentences and finds each sentence's actors,
/// events, date expressions and issues. Pronouns and "both leaders" may reach back to earlier sentences of the
/// same paragraph, never further, so paragraphs can be coded independently.
/// </summary>
/// <remarks>In syntax mode (<paramref name="syntax"/> given) a sentence's events come from its shallow parse instead of the text rules.</remarks>
internal sealed class ParagraphAnalyzer(MentionFinder mentions, VerbPatternSet verbs, IssueTagger issues, DiscardSet discards, CoderOptions options, SentenceParser? syntax = null)
{
    [ThreadStatic]
    private static List<Token>? t_tokens;

    public List<SentenceAnalysis> Analyze(Paragraph paragraph)
    {
        var tokens = t_tokens ??= new List<Token>(128);
        var context = new MentionContext();
        var result = new List<SentenceAnalysis>();
        foreach (var (_, text) in SentenceSplitter.Split(paragraph.Text))
        {
            if (text.Length > options.MaxSentenceChars)
            {
                result.Add(new SentenceAnalysis(paragraph.Index, text, [], [], [], NoEventReason.NoActor, true, default));
                continue;
            }

            Tokenizer.Tokenize(text, tokens);
            var discard = discards.Check(tokens);
            if (discard.Sentence)
            {
                result.Add(new SentenceAnalysis(paragraph.Index, text, [], [], [], NoEventReason.NoActor, false, discard));
                continue;
            }

            var found = mentions.Find(tokens, context);
            var reason = NoEventReason.None;
            var events = syntax?.Find(text, tokens, found) ?? [];
            if (events.Count == 0)
            {
                // Syntax mode's rule N8: a sentence whose tree gives nothing is read by the text rules ("Abe's visit to
                // Washington" has no clause to find); text mode reads every sentence so.
                events = EventFinder.Find(tokens, found, verbs, out reason);
            }
            context.Advance(found);
            var dates = DateFinder.Find(tokens);
            result.Add(new SentenceAnalysis(paragraph.Index, text, dates, events, events.Count > 0 ? issues.Tag(tokens) : [], reason, false, discard));
        }

        return result;
    }
}
