using Statecraft.Coding.Documents;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests.Pipeline;

public sealed class CoderPipelineTests
{
    private static readonly string[] Texts =
    [
        "In October 2018, Abe paid the first visit to China. He signed agreements with Xi Jinping.",
        "In May 2017 Abe praised Trump and Putin criticized China.\n\nOne week later Trump thanked Abe.",
        "Abe met Trump.",
    ];

    private static List<string> Run(int threads, int batch)
    {
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .WithOptions(new CoderOptions { DegreeOfParallelism = threads, BatchParagraphs = batch }).Build();
        var documents = Enumerable.Range(0, 40).Select(i => new Document($"d{i}", Texts[i % Texts.Length], null));
        return [.. pipeline.CodeAll(documents).Select(e => $"{e.Doc} {e.Sentence} {e.Source} {e.Target} {e.Type.Code} {e.DateText}")];
    }

    [Fact]
    public void CodeAll_ThreadsAndBatchSizes_SameEventsInInputOrder()
    {
        // Given / When
        var sequential = Run(threads: 1, batch: 2048);
        var parallel = Run(threads: 4, batch: 3);

        // Then
        sequential.Count.ShouldBeGreaterThan(40);
        parallel.ShouldBe(sequential);
    }

    [Fact]
    public void CodeAll_StoryDiscardPhrase_DropsTheWholeDocument()
    {
        // Given
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries().AddDiscards([("world cup", true), ("box office", false)]).Build();
        var statistics = new CodingStatistics();
        var documents = new[]
        {
            new Document("sport", "In May 2017 Abe praised Trump. The World Cup final was held.", null),
            new Document("film", "In May 2017 Abe praised Trump. The box office praised Japan.", null),
        };

        // When
        var events = pipeline.CodeAll(documents, statistics).ToList();

        // Then
        events.Select(e => e.Doc).ShouldBe(["film"]);
        statistics.DiscardedSentences.ShouldBe(2);
    }

    [Fact]
    public void WithOptions_InvalidValue_Throws()
    {
        // Given / When / Then
        Should.Throw<ArgumentOutOfRangeException>(() => new CoderPipelineBuilder().WithOptions(new CoderOptions { DegreeOfParallelism = 0 }));
    }
}
