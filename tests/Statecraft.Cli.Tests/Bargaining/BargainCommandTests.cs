using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Bargaining;

public sealed class BargainCommandTests
{
    private const string Table = "actor,capability,position,salience\nA,1,0,80\nB,1,10,60\nC,2,4,90\n";

    [Fact]
    public void Bargain_Json_HoldsTheContractFieldsForEveryRound()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("issue.csv", Table);

        // When
        var result = CliRunner.Run("bargain", file, "--rounds", "3", "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("model").GetString().ShouldBe("eu");
        var rounds = root.GetProperty("rounds").EnumerateArray().ToList();
        rounds.Count.ShouldBeInRange(2, 4);
        rounds[0].GetProperty("round").GetInt32().ShouldBe(0);
        rounds[0].GetProperty("median").GetDouble().ShouldBe(4);
        rounds[0].GetProperty("mean").GetDouble().ShouldBe(((0 * 0.8) + (10 * 0.6) + (4 * 1.8)) / 3.2, 1e-12);
        rounds[0].GetProperty("positions").GetProperty("B").GetDouble().ShouldBe(10);
        root.GetProperty("forecast").GetDouble().ShouldBe(rounds[^1].GetProperty("median").GetDouble());
        result.Error.ShouldContain("0-100");
    }

    [Theory]
    [InlineData("compromise", 7.389956)]
    [InlineData("median", 7.0)]
    public void Bargain_StaticModelOnEmissionStandards_PrintsTheForecast(string model, double expected)
    {
        // Given
        var file = SharedData.PathOf("data/bargaining/emission_standards_bdm1994_input.csv");

        // When
        var result = CliRunner.Run("bargain", file, "--model", model, "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("forecast").GetDouble().ShouldBe(expected, 5e-7);
    }

    [Fact]
    public void Bargain_Table_ShowsRoundsActorsAndForecast()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("issue.csv", Table);

        // When
        var result = CliRunner.Run("bargain", file, "--model", "nash", "-q", "0.5");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("median");
        result.Out.ShouldContain("Model nash: forecast");
    }

    [Fact]
    public void Bargain_LongQ_IsTheSameOptionAsShortQ()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("issue.csv", Table);

        // When
        var longForm = CliRunner.Run("bargain", file, "--q", "0.7", "--format", "json");
        var shortForm = CliRunner.Run("bargain", file, "-q", "0.7", "--format", "json");
        var other = CliRunner.Run("bargain", file, "-q", "0.2", "--format", "json");

        // Then
        longForm.ExitCode.ShouldBe(0, longForm.Error);
        longForm.Out.ShouldBe(shortForm.Out);
        other.Out.ShouldNotBe(longForm.Out);
    }

    [Theory]
    [InlineData("--model", "bdm")]
    [InlineData("--rounds", "0")]
    [InlineData("-q", "1.5")]
    [InlineData("--format", "xml")]
    [InlineData("--eu-mode", "guess")]
    public void Bargain_BadOptionValue_ExitsTwo(string option, string value)
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("issue.csv", Table);

        // When
        var result = CliRunner.Run("bargain", file, option, value);

        // Then
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("usage error");
    }

    [Fact]
    public void Bargain_BadTable_ExitsOneWithFileLineAndField()
    {
        // Given
        using var dir = new TempDirectory();
        var file = dir.Write("issue.csv", "actor,capability,position,salience\nA,1,x,50\n");

        // When
        var result = CliRunner.Run("bargain", file);

        // Then
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("issue.csv:2:3: position:");
    }

    [Fact]
    public void Bargain_MissingFile_ExitsOne()
    {
        // Given
        using var dir = new TempDirectory();

        // When
        var result = CliRunner.Run("bargain", dir.File("none.csv"));

        // Then
        result.ExitCode.ShouldBe(1);
    }
}
