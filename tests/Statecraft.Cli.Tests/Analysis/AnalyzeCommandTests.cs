using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Analysis;

public class AnalyzeCommandTests
{
    private static readonly string[] Issues = ["bases-cost", "futenma", "tpp", "bilateral-trade", "north-korea", "china", "russia"];

    /// <summary>The README's first command: analyze with no path runs the bundled reference case and prints every issue.</summary>
    [Fact]
    public void Analyze_NoPath_TablesEveryIssueOfTheReferenceCase()
    {
        var result = CliRunner.Run("analyze");
        result.ExitCode.ShouldBe(0, result.Error);
        foreach (var issue in Issues)
        {
            result.Out.ShouldContain(issue);
        }

        result.Out.ShouldContain("basic vector held");
    }

    [Fact]
    public void Analyze_Json_HoldsTheContract()
    {
        var result = CliRunner.Run("analyze", RepoPaths.ReferenceCase, "--format", "json");
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("case").GetString().ShouldBe("japan-us-2016");
        json.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(Issues);
        json.RootElement.GetProperty("issues").EnumerateArray().ShouldAllBe(i => i.GetProperty("observed_label").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void Analyze_ScenarioCompare_ShowsBaseAndScenario()
    {
        var result = CliRunner.Run("analyze", "--scenario", "clinton-wins", "--compare");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("base against scenario clinton-wins");
    }

    [Fact]
    public void Analyze_Samples_SameSeedSameJson()
    {
        var first = CliRunner.Run("analyze", "--samples", "50", "--seed", "3", "--format", "json");
        var second = CliRunner.Run("analyze", "--samples", "50", "--seed", "3", "--format", "json");
        first.ExitCode.ShouldBe(0, first.Error);
        second.Out.ShouldBe(first.Out);
        using var json = JsonDocument.Parse(first.Out);
        json.RootElement.GetProperty("seed").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("issues")[0].GetProperty("label_share").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public void Analyze_Report_WritesTheHtmlFile()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("analyze", "--report", dir.File("report.html"));
        result.ExitCode.ShouldBe(0, result.Error);
        File.ReadAllText(dir.File("report.html")).ShouldContain("<!DOCTYPE html>");
        result.Error.ShouldContain("report written to");
    }

    [Theory]
    [InlineData(new[] { "analyze", "--model", "magic" }, 2)]
    [InlineData(new[] { "analyze", "--compare" }, 2)]
    [InlineData(new[] { "analyze", "--samples", "-1" }, 2)]
    [InlineData(new[] { "analyze", "--format", "yaml" }, 2)]
    [InlineData(new[] { "analyze", "--scenario", "no-such-scenario" }, 1)]
    [InlineData(new[] { "analyze", "/nonexistent/case" }, 1)]
    public void Analyze_BadInput_ExitsWithTheDocumentedCode(string[] args, int code)
    {
        var result = CliRunner.Run(args);
        result.ExitCode.ShouldBe(code, result.Error);
        result.Error.ShouldNotBeEmpty();
    }
}
