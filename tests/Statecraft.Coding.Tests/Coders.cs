using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests;

/// <summary>The built-in coder, built once for all tests (building loads the dictionaries).</summary>
internal static class Coders
{
    private static readonly Lazy<CoderPipeline> Pipeline = new(() => new CoderPipelineBuilder().UseBuiltInDictionaries().Build());

    public static CoderPipeline BuiltIn => Pipeline.Value;

    /// <summary>Codes one text as a document dated <paramref name="date"/>.</summary>
    public static IReadOnlyList<CodedEvent> Code(string text, string? date = null) =>
        BuiltIn.Code(new Document("test", text, date is null ? null : PartialDate.Parse(date)));
}
