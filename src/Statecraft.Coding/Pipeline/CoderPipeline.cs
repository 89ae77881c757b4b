using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Events;
using Statecraft.Coding.Issues;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Parity;
using Statecraft.Coding.Syntax;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// The event coder: documents in, dated and sourced CAMEO events out. Built once by
/// <see cref="CoderPipelineBuilder"/> (dictionaries loaded once), then immutable and safe to use from many threads.
/// </summary>
/// <remarks>
/// Coding runs in two stages (docs/coding-rules.md, "Pipeline"): paragraphs are analysed in parallel batches
/// (sentences, actors, patterns, date expressions), then each document's sentences are dated in reading order by
/// its narrative clock. Output keeps input order; memory is bounded by the batch size, not the input size.
/// </remarks>
public sealed class CoderPipeline
{
    /// <summary>Headings of reference sections, after which a document is not coded (rule P2).</summary>
    private static readonly HashSet<string> ReferenceSections = new(StringComparer.Ordinal)
    {
        "REFERENCES", "WORKS CITED", "BIBLIOGRAPHY", "LITERATURE", "LITERATURE CITED", "REFERENCE LIST", "SOURCES",
    };

    private readonly ParagraphAnalyzer _analyzer;
    private readonly CoderOptions _options;

    /// <summary>The tree coder of <see cref="CodingMode.Parity"/>; null in text mode, where parses are not read.</summary>
    private readonly TreeCoder? _trees;

    internal CoderPipeline(ActorDictionary actors, VerbPatternSet verbs, IssueTagger issues, DiscardSet discards, CoderOptions options)
    {
        Actors = actors;
        Verbs = verbs;
        Discards = discards;
        _options = options;
        _trees = options.Mode == CodingMode.Parity ? new TreeCoder(this) : null;
        var syntax = options.Mode == CodingMode.Syntax ? new SentenceParser(new TreeCoder(this), verbs) : null;
        _analyzer = new ParagraphAnalyzer(new MentionFinder(actors), verbs, issues, discards, options, syntax);
    }

    public ActorDictionary Actors { get; }

    public VerbPatternSet Verbs { get; }

    public DiscardSet Discards { get; }

    /// <summary>The events of one document.</summary>
    public IReadOnlyList<CodedEvent> Code(Document document, CodingStatistics? statistics = null) =>
        [.. CodeAll([document], statistics)];

    /// <summary>The events of a stream of documents, in input order, coded on <see cref="CoderOptions.DegreeOfParallelism"/> threads.</summary>
    public IEnumerable<CodedEvent> CodeAll(IEnumerable<Document> documents, CodingStatistics? statistics = null)
    {
        var stats = statistics ?? new CodingStatistics();
        var batch = new List<BatchItem>(_options.BatchParagraphs);
        foreach (var document in documents)
        {
            stats.Documents++;
            var dating = new DocumentDating(document);
            if (_trees is not null && document.Parse is { } parse && PennTree.Parse(parse) is { } tree)
            {
                // Parity mode (§9): the record is one sentence, coded from its tree in the parallel stage; a record
                // whose parse is missing or unreadable falls through to the text rules below.
                batch.Add(new(dating, null, tree));
                continue;
            }

            foreach (var paragraph in ParagraphSplitter.Split(document.Text))
            {
                if (paragraph.IsHeading && ReferenceSections.Contains(paragraph.Text.TrimEnd(':').ToUpperInvariant()))
                {
                    // Rule P2: a bibliography lists other texts' titles and dates; it narrates nothing.
                    break;
                }

                batch.Add(new(dating, paragraph, null));
                if (batch.Count >= _options.BatchParagraphs)
                {
                    foreach (var coded in Flush(batch, stats))
                    {
                        yield return coded;
                    }
                }
            }

            batch.Add(new(dating, null, null));
        }

        foreach (var coded in Flush(batch, stats))
        {
            yield return coded;
        }
    }

    private List<CodedEvent> Flush(List<BatchItem> batch, CodingStatistics stats)
    {
        var analyses = new List<SentenceAnalysis>[batch.Count];
        var fromTrees = new List<CodedEvent>?[batch.Count];
        if (_options.DegreeOfParallelism == 1 || batch.Count == 1)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                Analyze(batch[i], out analyses[i], out fromTrees[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.DegreeOfParallelism }, i =>
                Analyze(batch[i], out analyses[i], out fromTrees[i]));
        }

        var output = new List<CodedEvent>();
        for (var i = 0; i < batch.Count; i++)
        {
            var doc = batch[i].Doc;
            if (fromTrees[i] is { } coded)
            {
                stats.ParsedDocuments++;
                stats.Sentences++;
                stats.Events += coded.Count;
                stats.SentencesWithEvents += coded.Count > 0 ? 1 : 0;
                output.AddRange(coded);
                continue;
            }

            if (batch[i].Paragraph is null)
            {
                output.AddRange(doc.Complete());
                continue;
            }

            var paragraph = batch[i].Paragraph!;
            doc.Footnote(paragraph.IsFootnote);
            if (paragraph.IsHeading)
            {
                doc.NewSection();
            }

            foreach (var sentence in analyses[i])
            {
                Date(doc, sentence, stats);
            }

            if (Discards.Count == 0)
            {
                output.AddRange(doc.Complete());
            }
        }

        batch.Clear();
        return output;
    }

    /// <summary>The parallel stage of one batch item: a paragraph's sentence analyses, or a parsed record's events.</summary>
    private void Analyze(BatchItem item, out List<SentenceAnalysis> analyses, out List<CodedEvent>? fromTree)
    {
        analyses = item.Paragraph is { } p ? _analyzer.Analyze(p) : [];
        fromTree = item.Tree is { } tree ? _trees!.Code(tree, item.Doc.Document.Id, item.Doc.Document.Text, item.Doc.Document.Date) : null;
    }

    private static void Date(DocumentDating doc, SentenceAnalysis sentence, CodingStatistics stats)
    {
        var index = doc.NextSentence++;
        stats.Sentences++;
        doc.StoryDiscarded |= sentence.Discard.Story;
        if (Count(sentence, stats))
        {
            return;
        }

        var resolved = doc.Resolve(sentence);
        var before = doc.Pending.Count;
        foreach (var found in sentence.Events)
        {
            foreach (var (date, precision) in doc.DatesOf(found.VerbToken, resolved))
            {
                Add(doc, index, sentence, found, date, precision, stats);
            }
        }

        stats.SentencesWithEvents += doc.Pending.Count > before ? 1 : 0;
    }

    private static void Add(DocumentDating doc, int index, SentenceAnalysis sentence, SentenceEvent found, PartialDate? date, DatePrecision precision, CodingStatistics stats)
    {
        // Rule A3: an event left without a date (no date in its section, no document date) still has its people coded
        // at the narrative's last date (a heading ends the dating of events, not the time the text has reached), and
        // failing that by the title named before them (PersonReference.TitleAgent).
        var roleDate = date ?? doc.NarrativeDate;
        var source = found.Source.Resolve(roleDate);
        var target = found.Target.Resolve(roleDate);
        if (source.Code == target.Code)
        {
            return;
        }

        doc.Pending.Add(new CodedEvent(doc.Document.Id, index, date, precision, source.Code, source.Country, target.Code, target.Country,
            CameoOntology.Get(found.Code), sentence.Issues, found.Negated, sentence.Text));
        stats.Events++;
        stats.NegatedEvents += found.Negated ? 1 : 0;
    }

    /// <summary>Counts a sentence that gives no events; true when it must not be dated further.</summary>
    private static bool Count(SentenceAnalysis sentence, CodingStatistics stats)
    {
        if (sentence.Skipped)
        {
            stats.SkippedSentences++;
            return true;
        }

        if (sentence.Discard.Sentence)
        {
            stats.DiscardedSentences++;
            return true;
        }

        switch (sentence.Reason)
        {
            case NoEventReason.NoActor: stats.NoActor++; break;
            case NoEventReason.NoPattern: stats.NoPattern++; break;
            case NoEventReason.NoDyad: stats.NoDyad++; break;
        }

        return false;
    }

    /// <summary>
    /// One entry of a parallel batch: a paragraph of a document, a parsed record (parity mode: <paramref name="Tree"/>,
    /// the whole record), or, with neither, the end of a document, when its held events are released.
    /// </summary>
    private readonly record struct BatchItem(DocumentDating Doc, Paragraph? Paragraph, TreeNode? Tree);
}
