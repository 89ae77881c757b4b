using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Analysis;

public class EvaluateCommandTests
{
    /// <summary>The issue's contract: cases with basic vectors and issues with baselines, a summary, and loo with parameter spreads.</summary>
    [Fact]
    public void Evaluate_LooJson_HoldsTheContract()
    {
        // When
        var result = CliRunner.Run("evaluate", "--loo", "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var cases = root.GetProperty("cases").EnumerateArray().ToList();
        cases.Count.ShouldBeGreaterThanOrEqualTo(7);
        cases.Select(c => c.GetProperty("id").GetString()).ShouldContain("japan-us-2016");
        foreach (var c in cases)
        {
            c.GetProperty("basic_vector").GetProperty("held").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            c.GetProperty("basic_vector").TryGetProperty("observed_held", out _).ShouldBeTrue();
            foreach (var issue in c.GetProperty("issues").EnumerateArray())
            {
                foreach (var key in new[] { "id", "label", "observed_label", "phase_labels", "observed_phase_labels", "forecast", "observed_outcome" })
                {
                    issue.TryGetProperty(key, out _).ShouldBeTrue(key);
                }

                foreach (var key in new[] { "status_quo", "partner", "weighted_mean", "weighted_median", "no_persuasion" })
                {
                    issue.GetProperty("baselines").GetProperty(key).ValueKind.ShouldBe(JsonValueKind.Number, key);
                }
            }
        }

        var summary = root.GetProperty("summary");
        summary.GetProperty("issues").GetInt32().ShouldBeGreaterThanOrEqualTo(30);
        foreach (var key in new[] { "label_accuracy", "phase_accuracy", "basic_vector_accuracy" })
        {
            summary.GetProperty(key).GetDouble().ShouldBeInRange(0, 1, key);
        }

        summary.GetProperty("mae").GetProperty("engine").ValueKind.ShouldBe(JsonValueKind.Number);
        var loo = summary.GetProperty("loo");
        loo.GetProperty("label_accuracy").GetDouble().ShouldBeInRange(0, 1);
        loo.GetProperty("mae").ValueKind.ShouldBe(JsonValueKind.Number);
        var parameters = loo.GetProperty("parameters").EnumerateArray().ToList();
        parameters.Select(p => p.GetProperty("name").GetString()).ShouldContain("MoveThreshold");
        parameters.ShouldAllBe(p => p.GetProperty("min").GetDouble() <= p.GetProperty("median").GetDouble() && p.GetProperty("median").GetDouble() <= p.GetProperty("max").GetDouble());
    }

    /// <summary>The leave-one-out spread feeds the Monte Carlo draws of analyze, and the JSON says where the thresholds came from.</summary>
    [Fact]
    public void Analyze_CalibrationFromEvaluate_DrawsThresholdsFromItsSpread()
    {
        using var dir = new TempDirectory();
        var evaluation = CliRunner.Run("evaluate", RepoPaths.ReferenceCase, RepoPaths.Of("cases", "canada-us-2016"), "--loo", "--format", "json");
        evaluation.ExitCode.ShouldBe(0, evaluation.Error);
        File.WriteAllText(dir.File("loo.json"), evaluation.Out);

        var result = CliRunner.Run("analyze", "--samples", "50", "--calibration", dir.File("loo.json"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("sampling").GetProperty("thresholds_from").GetString()!.ShouldContain("leave-one-case-out");
        json.RootElement.GetProperty("issues")[0].GetProperty("ranges").GetProperty("default").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Evaluate_ReportIntoMissingFolder_IsRefused()
    {
        var result = CliRunner.Run("evaluate", RepoPaths.ReferenceCase, "--report", "/nonexistent-folder/x.html");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("--report");
    }

    [Fact]
    public void Evaluate_LooWithOneCase_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", RepoPaths.ReferenceCase, "--loo");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--loo");
    }

    [Fact]
    public void Evaluate_Report_WritesTheScoreboard()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("evaluate", RepoPaths.ReferenceCase, "--report", dir.File("e.html"));
        result.ExitCode.ShouldBe(0, result.Error);
        var html = File.ReadAllText(dir.File("e.html"));
        html.ShouldContain("Scoreboard");
        html.ShouldContain("bases-cost");
        Directory.GetFiles(dir.Path).ShouldBe([dir.File("e.html")]);
    }
}
