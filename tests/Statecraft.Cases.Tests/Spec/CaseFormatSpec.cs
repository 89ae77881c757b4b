using System.Text.RegularExpressions;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Spec;

/// <summary>One numbered example of docs/case-format.md: its YAML and, for invalid ones, the error it must give.</summary>
public sealed record CaseFormatExample(int Number, string Title, bool Valid, string Yaml, string? Expected)
{
    public override string ToString() => $"Example {Number}: {Title}";
}

/// <summary>Reads the numbered examples out of docs/case-format.md (STYLE.md practice 8: specs run as tests).</summary>
public static partial class CaseFormatSpec
{
    public static IReadOnlyList<CaseFormatExample> Examples { get; } = Parse(File.ReadAllText(RepoPaths.Of("docs", "case-format.md")));

    public static TheoryData<int> Numbers()
    {
        var data = new TheoryData<int>();
        foreach (var example in Examples)
        {
            data.Add(example.Number);
        }

        return data;
    }

    private static List<CaseFormatExample> Parse(string markdown)
    {
        var examples = new List<CaseFormatExample>();
        foreach (Match m in ExamplePattern().Matches(markdown))
        {
            var expected = m.Groups["expected"].Success ? m.Groups["expected"].Value : null;
            examples.Add(new CaseFormatExample(
                int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["title"].Value.Trim(),
                m.Groups["kind"].Value == "valid",
                m.Groups["yaml"].Value,
                expected));
        }

        return examples;
    }

    [GeneratedRegex(@"### Example (?<n>\d+) \((?<kind>valid|invalid)\): (?<title>[^\n]*)\n\n```yaml\n(?<yaml>.*?)```\n(\nExpected: `(?<expected>[^`]*)`)?", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();
}
