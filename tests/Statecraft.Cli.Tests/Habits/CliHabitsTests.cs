using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Statecraft.Cli.Infrastructure;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Habits;

/// <summary>What a newcomer expects of any command line: --version, one style for defaults in help, - for standard output.</summary>
public sealed partial class CliHabitsTests
{
    private static string Fixture(string name) => RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", name);

    public static TheoryData<string> Commands =>
    [
        "analyze", "evaluate", "case validate", "case show", "code", "events import", "events series",
        "events shock", "events export", "data import", "bargain", "bargain evaluate", "serve",
    ];

    [Fact]
    public void Version_PrintsTheAssemblysVersion()
    {
        // When
        var result = CliRunner.Run("--version");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        var expected = typeof(StatecraftApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        result.Out.Trim().ShouldBe(expected);
        result.Out.ShouldStartWith(typeof(StatecraftApp).Assembly.GetName().Version!.ToString(3));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_StatesEveryDefaultAsDefaultColonInTheDescription(string command)
    {
        // When
        var result = CliRunner.Run([.. command.Split(' '), "--help"]);

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldNotContain("DEFAULT", Case.Sensitive);
        OtherDefaultStyle().Matches(result.Out).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public void Help_OptionsWithDefaultsSayThem()
    {
        // When
        var shock = CliRunner.Run("events", "shock", "--help").Out;
        var bargain = CliRunner.Run("bargain", "--help").Out;

        // Then
        Regex.Count(shock, "Default: ").ShouldBeGreaterThanOrEqualTo(7);
        bargain.ShouldContain("Default: 10");
    }

    [Fact]
    public void Code_OutDash_WritesTheEventsToStandardOutputAndNoFile()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "In May 2017 Abe praised Trump.");

        // When
        var result = CliRunner.Run("code", path, "--format", "csv", "--out", "-");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("doc,sentence,date,date_precision,source");
        Directory.GetFiles(dir.Path).Length.ShouldBe(1);
    }

    [Fact]
    public void EventsExport_Dash_WritesJsonlToStandardOutputAndTheCountToStandardError()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        CliRunner.Run("events", "import", Fixture("gdelt2-events.tsv"), "--format", "gdelt2", "--db", db).ExitCode.ShouldBe(0);

        // When
        var jsonl = CliRunner.Run("events", "export", "-", "--db", db);
        var csv = CliRunner.Run("events", "export", "-", "--format", "csv", "--db", db);

        // Then
        jsonl.ExitCode.ShouldBe(0, jsonl.Error);
        var lines = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines.ShouldAllBe(l => JsonDocument.Parse(l, default).RootElement.GetProperty("cameo").GetString()!.Length > 0);
        jsonl.Error.ShouldContain("Wrote 3 events to standard output (jsonl).");
        csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        csv.Out.ShouldStartWith("doc,sentence,date");
        Directory.GetFiles(temp.Path).ShouldNotContain(f => Path.GetFileName(f) == "-");
    }

    [Fact]
    public void EventsExport_DashAsParquet_IsAUsageError()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        CliRunner.Run("events", "import", Fixture("gdelt2-events.tsv"), "--format", "gdelt2", "--db", db).ExitCode.ShouldBe(0);

        // When
        var result = CliRunner.Run("events", "export", "-", "--format", "parquet", "--db", db);

        // Then
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--format csv or jsonl");
        result.Out.ShouldBeEmpty();
    }

    /// <summary>"(default …)", "default: …", "Default 12": every style but "Default: X.".</summary>
    [GeneratedRegex(@"\(default|default\)|default:|Default(?!:)|[Dd]efault [0-9]")]
    private static partial Regex OtherDefaultStyle();
}
