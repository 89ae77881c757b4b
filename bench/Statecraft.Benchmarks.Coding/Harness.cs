using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Evaluation;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Benchmarks.Coding;

/// <summary>Whole-run measurements: accuracy on the three sets, corpus generation and in-process throughput.</summary>
internal static partial class Harness
{
    private static string Shared => Environment.GetEnvironmentVariable("STATECRAFT_SHARED") ?? Path.Combine(RepoRoot(), "..", "shared");

    public static (string Seed, IReadOnlyList<string> News) SampleTexts()
    {
        var seed = File.ReadAllText(Path.Combine(Shared, "seed", "zakowski-japan-foreign-policy-after-trump.txt"));
        var xml = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "petrarch2", "GigaWord.sample.PETR.xml"));
        return (seed, [.. PetrarchXmlRecords.Scan(xml).Select(r => r.Text)]);
    }

    public static int Accuracy()
    {
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries().Build();
        using var goldReader = File.OpenText(Path.Combine(RepoRoot(), "tests", "Statecraft.Coding.Tests", "Evaluation", "Gold", "zakowski-seed.gold.tsv"));
        var gold = GoldScorer.Read(goldReader, "zakowski-seed.gold.tsv");
        var seed = pipeline.Code(new Document("seed", SampleTexts().Seed, null));
        Console.WriteLine("seed article (development gold): " + GoldScorer.Score(seed, gold));
        var gsr = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "universalpetrarch", "PETR2_GSR_validation.xml"));
        Console.WriteLine("PETR2_GSR_validation.xml: " + ValidationSets.ScorePetrarchValidation(pipeline, gsr));
        var plover = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "plover", "PLOVER_GSR_CAMEO.json"));
        Console.WriteLine("PLOVER_GSR_CAMEO.json: " + ValidationSets.ScorePlover(pipeline, plover));
        var phoenix = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries()).Build();
        Console.WriteLine("with the Phoenix dictionaries added:");
        Console.WriteLine("  seed article: " + GoldScorer.Score(phoenix.Code(new Document("seed", SampleTexts().Seed, null)), gold));
        Console.WriteLine("  PETR2_GSR_validation.xml: " + ValidationSets.ScorePetrarchValidation(phoenix, gsr));
        Console.WriteLine("  PLOVER_GSR_CAMEO.json: " + ValidationSets.ScorePlover(phoenix, plover));
        return 0;
    }

    /// <summary>
    /// Syntax mode (docs/coding-rules.md §10) against the text mode on the same sets, both dictionary sets: the seed's
    /// development gold, the two GSR files from raw text, and agreement with PETRARCH2 on the GigaWord sample's text.
    /// </summary>
    public static int Syntax()
    {
        using var goldReader = File.OpenText(Path.Combine(RepoRoot(), "tests", "Statecraft.Coding.Tests", "Evaluation", "Gold", "zakowski-seed.gold.tsv"));
        var gold = GoldScorer.Read(goldReader, "zakowski-seed.gold.tsv");
        var gsr = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "universalpetrarch", "PETR2_GSR_validation.xml"));
        var plover = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "plover", "PLOVER_GSR_CAMEO.json"));
        var xml = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "petrarch2", "GigaWord.sample.PETR.xml"));
        var reference = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "reference_outputs", "gigaword_petrarch2_sentence_events.tsv"));
        foreach (var phoenix in new[] { false, true })
        {
            foreach (var mode in new[] { CodingMode.Text, CodingMode.Syntax })
            {
                var builder = new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { Mode = mode });
                var pipeline = (phoenix ? WithPhoenix(builder) : builder).Build();
                var label = (phoenix ? "built-in + Phoenix, " : "built-in, ") + mode.ToString().ToLowerInvariant() + " mode";
                Console.WriteLine(label);
                Console.WriteLine("  seed article (development gold): " + GoldScorer.Score(pipeline.Code(new Document("seed", SampleTexts().Seed, null)), gold));
                Console.WriteLine("  PETR2_GSR_validation.xml: " + ValidationSets.ScorePetrarchValidation(pipeline, gsr));
                Console.WriteLine("  PLOVER_GSR_CAMEO.json: " + ValidationSets.ScorePlover(pipeline, plover));
                var coded = new Dictionary<string, List<CodedEvent>>(StringComparer.Ordinal);
                foreach (var record in PetrarchXmlRecords.Scan(xml))
                {
                    var date = record.Date is { } d && DocumentDates.TryParse(d, out var parsedDate) ? parsedDate : (Statecraft.Cases.Vocabulary.PartialDate?)null;
                    (coded.TryGetValue(record.Id, out var r) ? r : coded[record.Id] = []).AddRange(pipeline.Code(new Document(record.Id, record.Text, date)));
                }

                Console.WriteLine("  agreement with PETRARCH2, GigaWord sample text: " + ParityScore.Score(reference, coded));
            }
        }

        return 0;
    }

    /// <summary>The syntax mode's tags and tree for one sentence, with the Phoenix dictionaries: for reading §10's rules at work.</summary>
    public static int SyntaxTree(string sentence)
    {
        var syntax = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { Mode = CodingMode.Syntax })).Build();
        var parser = new Statecraft.Coding.Syntax.SentenceParser(new Statecraft.Coding.Parity.TreeCoder(syntax), syntax.Verbs);
        var tokens = Statecraft.Coding.Text.Tokenizer.Tokenize(sentence);
        Console.WriteLine(Statecraft.Coding.Parity.PennTree.Write(parser.Parse(sentence, tokens, new Statecraft.Coding.Actors.MentionFinder(syntax.Actors).Find(tokens, new Statecraft.Coding.Actors.MentionContext()))));
        Console.WriteLine(string.Join("; ", syntax.Code(new Document("x", sentence, null)).Select(e => $"{e.Source}>{e.Target} {e.Type.Code}")));
        return 0;
    }

    /// <summary>
    /// The PLOVER GSR sentences whose expected event the text mode finds and the syntax mode does not (or, with
    /// <paramref name="all"/>, every sentence the syntax mode misses), with the syntax mode's tree: what §10's rules lose.
    /// </summary>
    public static int SyntaxDiff(bool all)
    {
        var text = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries()).Build();
        var syntax = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { Mode = CodingMode.Syntax })).Build();
        var parser = new Statecraft.Coding.Syntax.SentenceParser(new Statecraft.Coding.Parity.TreeCoder(syntax), syntax.Verbs);
        var finder = new Statecraft.Coding.Actors.MentionFinder(syntax.Actors);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "plover", "PLOVER_GSR_CAMEO.json")));
        foreach (var record in document.RootElement.EnumerateArray().Where(r => r.TryGetProperty("text", out _)))
        {
            var sentence = record.GetProperty("text").GetString()!;
            var byText = ValidationSets.ScorePlover(text, "[" + record.GetRawText() + "]");
            var bySyntax = ValidationSets.ScorePlover(syntax, "[" + record.GetRawText() + "]");
            if (bySyntax.Found > 0 || (!all && byText.Found == 0))
            {
                continue;
            }

            Console.WriteLine($"{record.GetProperty("id").GetString()} expected {record.GetProperty("event").GetString()} {Actors(record, "source")} -> {Actors(record, "target")}");
            Console.WriteLine("  " + sentence);
            Console.WriteLine("  text:   " + string.Join("; ", text.Code(new Document("x", sentence, null)).Select(e => $"{e.Source}>{e.Target} {e.Type.Code}")));
            Console.WriteLine("  syntax: " + string.Join("; ", syntax.Code(new Document("x", sentence, null)).Select(e => $"{e.Source}>{e.Target} {e.Type.Code}")));
            var tokens = Statecraft.Coding.Text.Tokenizer.Tokenize(sentence);
            Console.WriteLine("  " + Statecraft.Coding.Parity.PennTree.Write(parser.Parse(sentence, tokens, finder.Find(tokens, new Statecraft.Coding.Actors.MentionContext()))));
        }

        return 0;

        static string Actors(JsonElement record, string field) =>
            record.TryGetProperty(field, out var a) && a.ValueKind == JsonValueKind.Array ? string.Join(",", a.EnumerateArray().Select(x => x.TryGetProperty("code", out var c) ? c.GetString() : "?")) : "-";
    }

    /// <summary>
    /// Agreement with PETRARCH2 per sentence on the GigaWord sample, both dictionaries sets as PETRARCH2 ran (Phoenix
    /// and CAMEO.2.0, added to the built-in ones): the raw-text coder, and the parity mode that codes from the parses.
    /// </summary>
    public static int Parity(bool diff = false)
    {
        var pipeline = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries()).Build();
        var xml = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "petrarch2", "GigaWord.sample.PETR.xml"));
        var reference = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "reference_outputs", "gigaword_petrarch2_sentence_events.tsv"));
        var records = PetrarchXmlRecords.Scan(xml).ToList();
        var tree = new Statecraft.Coding.Parity.TreeCoder(pipeline);
        var raw = new Dictionary<string, List<CodedEvent>>(StringComparer.Ordinal);
        var parsed = new Dictionary<string, List<CodedEvent>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var date = record.Date is { } d && DocumentDates.TryParse(d, out var parsedDate) ? parsedDate : (Statecraft.Cases.Vocabulary.PartialDate?)null;
            (raw.TryGetValue(record.Id, out var r) ? r : raw[record.Id] = []).AddRange(pipeline.Code(new Document(record.Id, record.Text, date)));
            (parsed.TryGetValue(record.Id, out var p) ? p : parsed[record.Id] = []).AddRange(tree.Code(record, date));
        }

        Console.WriteLine("raw text:    " + ParityScore.Score(reference, raw));
        Console.WriteLine("parity mode: " + ParityScore.Score(reference, parsed));
        if (diff)
        {
            // Sentence by sentence where the parity mode and PETRARCH2 differ, to see which rule is missing.
            foreach (var line in reference.Split('\n').Skip(1).Where(l => l.Length > 0).GroupBy(l => l.Split('\t')[0]))
            {
                var theirs = line.Select(l => l.Split('\t')).Where(f => f.Length >= 6 && f[2] == "events").Select(f => $"{f[3]}>{f[4]}:{f[5].Trim()}").Distinct().Order().ToList();
                var mine = (parsed.TryGetValue(line.Key, out var p) ? p : []).Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").Distinct().Order().ToList();
                if (!theirs.SequenceEqual(mine))
                {
                    Console.WriteLine($"{line.Key}\tPETRARCH2 {string.Join(' ', theirs)}\tours {string.Join(' ', mine)}");
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// PETR2_GSR_validation.xml scored with the parity mode: its own &lt;Parse&gt; is a CoNLL-U table, not a Penn
    /// tree, so each record takes the Penn parse of the same sentence id in the GigaWord sample (73 ids shared); a
    /// record without one is coded from its text, as the parity mode does.
    /// </summary>
    public static int GsrWithParses()
    {
        var pipeline = WithPhoenix(new CoderPipelineBuilder().UseBuiltInDictionaries()).Build();
        var xml = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "petrarch2", "GigaWord.sample.PETR.xml"));
        var parses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in PetrarchXmlRecords.Scan(xml).Where(r => r.Parse is not null))
        {
            parses.TryAdd(record.Id, record.Parse!);
        }

        var gsr = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "universalpetrarch", "PETR2_GSR_validation.xml"));
        var tree = new Statecraft.Coding.Parity.TreeCoder(pipeline);
        var withParse = PetrarchXmlRecords.Scan(gsr).Count(r => parses.ContainsKey(r.Id));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records with a Penn parse from the GigaWord sample: {withParse}/{PetrarchXmlRecords.Scan(gsr).Count()}"));
        Console.WriteLine("PETR2_GSR_validation.xml, raw text:    " + ValidationSets.ScorePetrarchValidation(pipeline, gsr));
        Console.WriteLine("PETR2_GSR_validation.xml, parity mode: " + ValidationSets.ScorePetrarchValidation(gsr, (record, date) =>
            tree.Code(parses.TryGetValue(record.Id, out var parse) ? record with { Parse = parse } : record, date)));
        return 0;
    }

    /// <summary>Adds the Phoenix dictionaries of ../shared (PETRARCH-2's production set) and prints their load reports.</summary>
    public static CoderPipelineBuilder WithPhoenix(CoderPipelineBuilder builder)
    {
        var folder = Path.Combine(Shared, "data", "eventcoding", "petrarch2");
        foreach (var name in new[] { "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.IssueCoding.txt" })
        {
            var report = Statecraft.Coding.Petrarch.DictionaryFiles.Load(builder, Path.Combine(folder, name));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  loaded {name}: {report.Entries} entries ({report.Kind}), {report.Errors.Count} malformed lines"));
        }

        return builder;
    }

    /// <summary>Writes JSONL records (one per seed paragraph and per news sentence, replicated) until <paramref name="sentences"/> are reached.</summary>
    public static int Corpus(string output, long sentences)
    {
        var (seed, news) = SampleTexts();
        var records = ParagraphSplitterRecords(seed).Concat(news).ToList();
        var counted = new CodingStatistics();
        _ = new CoderPipelineBuilder().Build().CodeAll(records.Select((r, i) => new Document(i.ToString(CultureInfo.InvariantCulture), r, null)), counted).Count();
        var rounds = (sentences + counted.Sentences - 1) / counted.Sentences;
        using var writer = new StreamWriter(output);
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < records.Count; i++)
            {
                writer.Write(JsonSerializer.Serialize(new { id = $"r{round}-{i}", date = "2017-01-01", text = records[i] }));
                writer.Write('\n');
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds x {counted.Sentences} sentences = {rounds * counted.Sentences} sentences"));
        return 0;
    }

    /// <summary>
    /// Writes the GigaWord sample replicated <paramref name="rounds"/> times as the same records twice: PETRARCH XML
    /// (<paramref name="prefix"/>.xml, each record's Text and Parse kept) and JSONL (<paramref name="prefix"/>.jsonl,
    /// the text the XML reader gives), ids suffixed by round, to time the two readers on equal input.
    /// </summary>
    public static int GigaWord(string prefix, int rounds)
    {
        var xml = File.ReadAllText(Path.Combine(Shared, "data", "eventcoding", "petrarch2", "GigaWord.sample.PETR.xml"));
        var blocks = SentenceBlock().Matches(xml).Select(m => m.Value).ToList();
        var records = PetrarchXmlRecords.Scan(xml).ToList();
        using (var writer = new StreamWriter(prefix + ".xml"))
        {
            writer.Write("<Sentences>\n");
            for (var round = 0; round < rounds; round++)
            {
                foreach (var block in blocks)
                {
                    writer.Write(IdAttribute().Replace(block, m => $"id=\"{m.Groups[1].Value}-r{round}\"", 1));
                    writer.Write("\n\n");
                }
            }

            writer.Write("</Sentences>\n");
        }

        using (var writer = new StreamWriter(prefix + ".jsonl"))
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var record in records)
                {
                    var date = record.Date is { Length: 8 } d ? $"{d[..4]}-{d[4..6]}-{d[6..]}" : record.Date;
                    writer.Write(JsonSerializer.Serialize(new { id = $"{record.Id}-r{round}", date, text = record.Text }));
                    writer.Write('\n');
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds x {records.Count} records = {rounds * records.Count} records in {prefix}.xml and {prefix}.jsonl"));
        return 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<Sentence\b.*?</Sentence>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex SentenceBlock();

    [System.Text.RegularExpressions.GeneratedRegex(@"id\s*=\s*""([^""]*)""")]
    private static partial System.Text.RegularExpressions.Regex IdAttribute();

    /// <summary>Reads <paramref name="file"/>'s documents <paramref name="rounds"/> times without coding them: the reader's own cost.</summary>
    public static int Read(string file, int rounds)
    {
        var clock = Stopwatch.StartNew();
        long documents = 0, chars = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var document in DocumentReader.Read(file, null, null, new InputProblems()))
            {
                documents++;
                chars += document.Text.Length;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}: {documents / rounds} documents ({chars / rounds} chars of text) read in {seconds / rounds * 1000:0} ms per pass ({rounds} passes)"));
        return 0;
    }

    public static int Throughput(string file, int threads)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { DegreeOfParallelism = threads }).Build();
        var load = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var statistics = new CodingStatistics();
        long events = 0;
        foreach (var _ in pipeline.CodeAll(DocumentReader.Read(file, null, null, new InputProblems()), statistics))
        {
            events++;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threads {threads}: {statistics.Sentences} sentences, {events} events in {seconds:0.00} s = {statistics.Sentences / seconds:0} sentences/s " +
            $"({statistics.Sentences / seconds / threads:0} per thread); dictionaries {load:0.00} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return 0;
    }

    /// <summary>Time of each stage over the sample sentences, to see where coding time goes.</summary>
    public static int Stages(int rounds)
    {
        var (seed, news) = SampleTexts();
        var sentences = ParagraphSplitterRecords(seed).Concat(news)
            .SelectMany(p => Statecraft.Coding.Text.SentenceSplitter.Split(p).Select(s => s.Text)).ToList();
        var dictionary = Statecraft.Coding.Actors.BuiltInDictionaries.AddBuiltInActors(new Statecraft.Coding.Actors.ActorDictionaryBuilder()).Build();
        var finder = new Statecraft.Coding.Actors.MentionFinder(dictionary);
        var verbs = new Statecraft.Coding.Events.VerbPatternSetBuilder().AddBuiltIn().Build();
        var tokens = new List<Statecraft.Coding.Text.Token>();
        var times = new double[4];
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sentence in sentences)
            {
                clock.Restart();
                Statecraft.Coding.Text.Tokenizer.Tokenize(sentence, tokens);
                times[0] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var mentions = finder.Find(tokens, new Statecraft.Coding.Actors.MentionContext());
                times[1] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                Statecraft.Coding.Events.EventFinder.Find(tokens, mentions, verbs, out _);
                times[2] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                Statecraft.Coding.Dates.DateFinder.Find(tokens);
                times[3] += clock.Elapsed.TotalMilliseconds;
            }
        }

        var count = (double)sentences.Count * rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per sentence (us): tokenize {times[0] * 1000 / count:0.0}, mentions {times[1] * 1000 / count:0.0}, events {times[2] * 1000 / count:0.0}, dates {times[3] * 1000 / count:0.0}"));
        return 0;
    }

    private static IEnumerable<string> ParagraphSplitterRecords(string text) =>
        Statecraft.Coding.Text.ParagraphSplitter.Split(text).Select(p => p.Text);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statecraft.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Statecraft.slnx not found");
    }
}
