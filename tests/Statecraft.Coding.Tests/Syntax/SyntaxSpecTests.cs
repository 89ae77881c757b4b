using System.Text.RegularExpressions;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Parity;
using Statecraft.Coding.Pipeline;
using Statecraft.Coding.Syntax;
using Statecraft.Coding.Text;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests.Syntax;

/// <summary>
/// Runs the syntax-mode examples of docs/coding-rules.md, section 10 (STYLE.md practice 8: specs as tests): each
/// sentence's shallow tree and its events with the built-in dictionaries.
/// </summary>
public sealed partial class SyntaxSpecTests
{
    private static readonly Lazy<CoderPipeline> Pipeline = new(() =>
        new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { Mode = CodingMode.Syntax }).Build());

    public static TheoryData<int> Examples() => [.. Parse().Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_SyntaxExample_GivesTheTreeTheSpecShows(int number)
    {
        // Given
        var (text, tree, _) = Parse()[number];
        var pipeline = Pipeline.Value;
        var tokens = Tokenizer.Tokenize(text);
        var mentions = new MentionFinder(pipeline.Actors).Find(tokens, new MentionContext());

        // When
        var actual = PennTree.Write(new SentenceParser(new TreeCoder(pipeline), pipeline.Verbs).Parse(text, tokens, mentions));

        // Then
        actual.ShouldBe(tree, $"docs/coding-rules.md, syntax example {number}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Code_SyntaxExample_GivesTheEventsTheSpecLists(int number)
    {
        // Given
        var (text, _, expected) = Parse()[number];

        // When
        var actual = Pipeline.Value.Code(new Document($"syntax-{number}", text, Cases.Vocabulary.PartialDate.Parse("2017-03-01")))
            .Where(e => !e.Negated).Select(e => $"{e.Source} > {e.Target} {e.Type.Code}").ToList();

        // Then
        actual.ShouldBe(expected, $"docs/coding-rules.md, syntax example {number}");
    }

    [Fact]
    public void Examples_SectionTen_AllFound() => Parse().Count.ShouldBe(10);

    [Fact]
    public void Code_ClausesNestedThousandsDeep_CodedWithoutExhaustingTheStack()
    {
        // Given: a sentence far past the 4,000-character limit, with that limit lifted, nesting a clause per "said" (without the token limit this overflows the stack)
        var text = string.Concat(Enumerable.Repeat("France said Germany said ", 20000)) + "Italy criticized Spain.";
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .WithOptions(new CoderOptions { Mode = CodingMode.Syntax, MaxSentenceChars = 1_000_000 }).Build();

        // When
        var events = pipeline.Code(new Document("deep", text, null));

        // Then: read by the text rules (N8), which code the clause next to its actors
        events.ShouldContain(e => e.Source == "ITA" && e.Target == "ESP");
    }

    private static Dictionary<int, (string Text, string Tree, List<string> Events)> Parse()
    {
        var markdown = File.ReadAllText(RepoPaths.Of("docs", "coding-rules.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new Dictionary<int, (string, string, List<string>)>();
        foreach (Match match in Example().Matches(markdown))
        {
            var events = match.Groups["events"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l != "(none)").ToList();
            examples[int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)] =
                (match.Groups["text"].Value, match.Groups["tree"].Value, events);
        }

        return examples;
    }

    [GeneratedRegex(@"### Syntax example (?<number>\d+)\n\n```text\n(?<text>.*?)\n```\n\n```tree\n(?<tree>.*?)\n```\n\n```events\n(?<events>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
