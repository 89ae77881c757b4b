using BenchmarkDotNet.Attributes;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Pipeline;
using Statecraft.Coding.Text;

namespace Statecraft.Benchmarks.Coding;

/// <summary>The coder's inner loop: tokenising, and coding whole paragraphs of news (text and syntax modes) and of the seed article.</summary>
[MemoryDiagnoser]
public class CodingBenchmarks
{
    private readonly List<Token> _tokens = [];
    private CoderPipeline _pipeline = null!;
    private CoderPipeline _syntax = null!;
    private Document _news = null!;
    private Document _article = null!;
    private string _sentence = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { DegreeOfParallelism = 1 }).Build();
        var texts = Harness.SampleTexts();
        _syntax = new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { DegreeOfParallelism = 1, Mode = CodingMode.Syntax }).Build();
        _news = new Document("news", string.Join("\n\n", texts.News.Take(50)), null);
        _article = new Document("seed", texts.Seed, null);
        _sentence = texts.News[0];
    }

    /// <summary>Tokenising one news sentence.</summary>
    [Benchmark]
    public int Tokenize()
    {
        Tokenizer.Tokenize(_sentence, _tokens);
        return _tokens.Count;
    }

    /// <summary>Coding 50 GigaWord news sentences as one document (per-sentence time = mean / 50).</summary>
    [Benchmark]
    public int CodeFiftyNewsSentences() => _pipeline.Code(_news).Count;

    /// <summary>The same 50 sentences in syntax mode (docs/coding-rules.md §10): tagged, chunked and coded by clause.</summary>
    [Benchmark]
    public int CodeFiftyNewsSentencesSyntaxMode() => _syntax.Code(_news).Count;

    /// <summary>Coding the whole seed article (306 sentences).</summary>
    [Benchmark]
    public int CodeSeedArticle() => _pipeline.Code(_article).Count;
}
