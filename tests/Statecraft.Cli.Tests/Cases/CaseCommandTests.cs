using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Cases;

public class CaseCommandTests
{
    [Fact]
    public void Validate_ReferenceCase_ExitsZeroWithCounts()
    {
        // When
        var result = CliRunner.Run("case", "validate", RepoPaths.ReferenceCase);

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("ok: japan-us-2016:");
    }

    /// <summary>Breaking any single field of the reference case makes validate exit 1 naming the file and line.</summary>
    [Theory]
    [InlineData("issues.yaml", "{ actor: abe, period: before, position: 75, salience: 0.5,", "{ actor: abe, period: before, position: 75, salience: 1.5,", "issues.yaml:", "salience 1.5 is outside 0..1")]
    [InlineData("issues.yaml", "{ actor: abe, period: before, position: 75, salience: 0.5,", "{ actor: abee, period: before, position: 75, salience: 0.5,", "issues.yaml:", "unknown actor 'abee'")]
    [InlineData("timeline.yaml", "source: yamaguchi-anto", "source: yamaguchi-antoo", "timeline.yaml:", "unknown source 'yamaguchi-antoo'")]
    [InlineData("issues.yaml", "statusQuo: { value: 75, source: zakowski-2019,", "statusQuo: { value: 175, source: zakowski-2019,", "issues.yaml:", "status quo 175 is outside the scale 0..100 of issue 'bases-cost'")]
    [InlineData("case.yaml", "shock: trump-elected", "shock: trump-elect", "case.yaml:", "unknown stimulus 'trump-elect'")]
    public void Validate_OneBrokenField_ExitsOneNamingFileAndLine(string file, string find, string replace, string where, string message)
    {
        // Given
        using var dir = new TempDirectory();
        foreach (var source in Directory.GetFiles(RepoPaths.ReferenceCase, "*.yaml"))
        {
            var text = File.ReadAllText(source);
            if (Path.GetFileName(source) == file)
            {
                var at = text.IndexOf(find, StringComparison.Ordinal);
                at.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' must be in {file}");
                text = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
            }

            dir.Write(Path.GetFileName(source), text);
        }

        // When
        var result = CliRunner.Run("case", "validate", dir.Path);

        // Then
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldMatch($@"error: .*{System.Text.RegularExpressions.Regex.Escape(where)}\d+:\d+: [^:]+: {System.Text.RegularExpressions.Regex.Escape(message)}");
    }

    [Theory]
    [InlineData("australia-us-2016")]
    [InlineData("canada-us-2016")]
    [InlineData("germany-us-2016")]
    [InlineData("india-us-2016")]
    [InlineData("japan-us-1971")]
    [InlineData("japan-us-2016")]
    [InlineData("mexico-us-2016")]
    public void Alliances_LibraryCase_WritesTheAlliancesFileTheCaseHolds(string name)
    {
        // Given
        var atop = SharedData.PathOf("data/structural/atop_v5.1_ddyr_via_peacesciencer.csv");
        var path = RepoPaths.Of("cases", name);

        // When
        var result = CliRunner.Run("case", "alliances", path, "--atop", atop);

        // Then: the bundled file is exactly what the command writes from ATOP, so no treaty was added or left out by hand.
        result.ExitCode.ShouldBe(0, result.Error);
        var bundled = File.ReadAllText(Path.Combine(path, "alliances.yaml"));
        result.Out.ReplaceLineEndings().ShouldBe(bundled.ReplaceLineEndings());
    }

    [Fact]
    public void Alliances_WithoutAtop_IsAUsageErrorNamingTheOption()
    {
        var result = CliRunner.Run("case", "alliances", RepoPaths.ReferenceCase);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--atop is required");
    }

    [Fact]
    public void Validate_VersionOneCase_IsReadAsTwo_AndMigrateRewritesOnlyTheHeader()
    {
        // Given: the reference case written as format version 1.
        using var dir = new TempDirectory();
        foreach (var source in Directory.GetFiles(RepoPaths.ReferenceCase, "*.yaml"))
        {
            var text = File.ReadAllText(source);
            dir.Write(Path.GetFileName(source), Path.GetFileName(source) == "case.yaml" ? text.Replace("formatVersion: 2", "formatVersion: 1", StringComparison.Ordinal) : text);
        }

        var before = File.ReadAllText(dir.File("case.yaml"));

        // When / Then: validate accepts it and says what version 2 changed.
        var validated = CliRunner.Run("case", "validate", dir.Path);
        validated.ExitCode.ShouldBe(0, validated.Error);
        validated.Error.ShouldContain("formatVersion 1 is read as 2");
        validated.Error.ShouldContain("undirected");

        // When / Then: migrate rewrites the version line and nothing else; validate is then silent.
        var migrated = CliRunner.Run("case", "migrate", dir.Path);
        migrated.ExitCode.ShouldBe(0, migrated.Error);
        File.ReadAllText(dir.File("case.yaml")).ShouldBe(before.Replace("formatVersion: 1", "formatVersion: 2", StringComparison.Ordinal));
        Directory.GetFiles(dir.Path).ShouldNotContain(f => f.EndsWith(".migrating", StringComparison.Ordinal));
        CliRunner.Run("case", "validate", dir.Path).Error.ShouldBeEmpty();
        CliRunner.Run("case", "migrate", dir.Path).Out.ShouldContain("already formatVersion 2");
    }

    [Fact]
    public void Show_Json_HoldsTheContractArraysWithIdsAndProvenance()
    {
        // When
        var result = CliRunner.Run("case", "show", RepoPaths.ReferenceCase, "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var array in new[] { "actors", "issues", "stimuli", "sources", "scenarios", "observed" })
        {
            root.GetProperty(array).GetArrayLength().ShouldBeGreaterThan(0, array);
            root.GetProperty(array).EnumerateArray().All(e => e.TryGetProperty("id", out var _)).ShouldBeTrue(array);
        }

        static bool Sourced(JsonElement e) => e.TryGetProperty("source", out var _) || e.TryGetProperty("judgement", out var _);
        root.GetProperty("issues").EnumerateArray().SelectMany(i => i.GetProperty("positions").EnumerateArray()).All(Sourced).ShouldBeTrue();
        root.GetProperty("stimuli").EnumerateArray().All(Sourced).ShouldBeTrue();
        root.GetProperty("structural").EnumerateArray().All(Sourced).ShouldBeTrue();
    }

    [Fact]
    public void Show_Table_ListsEveryIssue()
    {
        var result = CliRunner.Run("case", "show", RepoPaths.ReferenceCase);
        result.ExitCode.ShouldBe(0, result.Error);
        foreach (var issue in new[] { "bases-cost", "futenma", "tpp", "bilateral-trade", "north-korea", "china", "russia" })
        {
            result.Out.ShouldContain(issue);
        }
    }

    [Theory]
    [InlineData(new[] { "case", "show", "cases/none", "--format", "xml" }, 2)]
    [InlineData(new[] { "case", "frobnicate" }, 2)]
    [InlineData(new[] { "case", "validate", "/nonexistent/case" }, 1)]
    public void BadCommandLines_ExitWithUsageOrInputCode(string[] args, int code) =>
        CliRunner.Run(args).ExitCode.ShouldBe(code);
}
