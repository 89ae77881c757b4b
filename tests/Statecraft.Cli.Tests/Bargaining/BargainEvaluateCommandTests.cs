using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Bargaining;

public sealed class BargainEvaluateCommandTests
{
    [Fact]
    public void Evaluate_DeuJson_ReportsTheWeightedMeanBaseline()
    {
        // Given
        var file = SharedData.PathOf("data/deu/deu3_blksv.tsv");

        // When
        var result = CliRunner.Run("bargain", "evaluate", file, "--models", "compromise,median", "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        models.Select(m => m.GetProperty("model").GetString()).ShouldBe(["compromise", "median"]);
        models.ShouldAllBe(m => m.GetProperty("issues").GetInt32() == 353);
        models[0].GetProperty("mae").GetDouble().ShouldBe(23.61, 0.005);
    }

    [Fact]
    public void Evaluate_SmallDataset_TablePrintsEveryModel()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("deu.tsv", "isnr\tpa\tpb\tsa\tsb\tout\nx1\t0\t100\t50\t50\t40\nx2\t20\t40\t100\t50\t\n");

        // When
        var result = CliRunner.Run("bargain", "evaluate", file);

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        foreach (var model in new[] { "eu", "compromise", "median", "nash" })
        {
            result.Out.ShouldContain(model);
        }

        result.Error.ShouldContain("2 issues read, 1 with an outcome");
    }

    [Fact]
    public void Evaluate_UnknownModel_ExitsTwo()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("deu.tsv", "isnr\tpa\tsa\tout\nx1\t0\t50\t40\n");

        // When
        var result = CliRunner.Run("bargain", "evaluate", file, "--models", "eu,oracle");

        // Then
        result.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Evaluate_NotTheDeuLayout_ExitsOne()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("deu.tsv", "actor,capability\nA,1\n");

        // When
        var result = CliRunner.Run("bargain", "evaluate", file);

        // Then
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("isnr");
    }
}
