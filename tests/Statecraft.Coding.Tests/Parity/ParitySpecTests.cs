using System.Text.RegularExpressions;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Parity;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests.Parity;

/// <summary>Runs the parity-mode examples of docs/coding-rules.md, section 9 (STYLE.md practice 8: specs as tests).</summary>
public sealed partial class ParitySpecTests
{
    public static TheoryData<int> Examples() => [.. Parse().Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Code_ParityExample_GivesTheEventsTheSpecLists(int number)
    {
        // Given
        var (tree, expected) = Parse()[number];
        var record = new PetrarchRecord($"parity-{number}", "20170301", string.Empty, [], 1) { Parse = tree };

        // When
        var actual = new TreeCoder(Coders.BuiltIn).Code(record, Cases.Vocabulary.PartialDate.Parse("2017-03-01"))
            .Select(e => $"{e.Source} > {e.Target} {e.Type.Code}").ToList();

        // Then
        actual.ShouldBe(expected, $"docs/coding-rules.md, parity example {number}");
    }

    [Fact]
    public void Examples_SectionNine_AllFound() => Parse().Count.ShouldBe(10);

    private static Dictionary<int, (string Tree, List<string> Events)> Parse()
    {
        var markdown = File.ReadAllText(RepoPaths.Of("docs", "coding-rules.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new Dictionary<int, (string, List<string>)>();
        foreach (Match match in Example().Matches(markdown))
        {
            var events = match.Groups["events"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l != "(none)").ToList();
            examples[int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)] = (match.Groups["tree"].Value, events);
        }

        return examples;
    }

    [GeneratedRegex(@"### Parity example (?<number>\d+)\n\n```tree\n(?<tree>.*?)\n```\n\n```events\n(?<events>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
