using System.Text.RegularExpressions;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests;

/// <summary>Runs the numbered examples of docs/coding-rules.md (STYLE.md practice 8: specs as tests).</summary>
public sealed partial class CodingRulesSpecTests
{
    public static TheoryData<int> Examples() => [.. Parse().Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Code_SpecExample_GivesTheEventsTheSpecLists(int number)
    {
        // Given
        var (text, date, expected) = Parse()[number];

        // When
        var actual = Coders.Code(text, date)
            .Select(e => $"{e.Source} > {e.Target} {e.Type.Code} {e.DateText ?? "null"} {e.PrecisionText}{(e.Negated ? " negated" : string.Empty)}")
            .ToList();

        // Then
        actual.ShouldBe(expected, $"docs/coding-rules.md, example {number}");
    }

    private static Dictionary<int, (string Text, string? Date, List<string> Events)> Parse()
    {
        var markdown = File.ReadAllText(RepoPaths.Of("docs", "coding-rules.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new Dictionary<int, (string, string?, List<string>)>();
        foreach (Match match in Example().Matches(markdown))
        {
            var events = match.Groups["events"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l != "(none)").ToList();
            var date = match.Groups["date"].Success ? match.Groups["date"].Value : null;
            examples[int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)] = (match.Groups["text"].Value, date, events);
        }

        return examples;
    }

    [GeneratedRegex(@"### Example (?<number>\d+)\n\n```text(?: date=(?<date>\S+))?\n(?<text>.*?)\n```\n\n```events\n(?<events>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
