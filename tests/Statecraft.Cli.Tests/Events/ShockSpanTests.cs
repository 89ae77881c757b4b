using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Events;

/// <summary><c>events shock</c> reads, charts and searches for change points over three years either side of the shock unless told otherwise.</summary>
public sealed class ShockSpanTests
{
    private static string Fixture(string name) => RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", name);

    [Fact]
    public void Shock_StrayEventIn1957_SpanIsThreeYearsAroundTheShockUnlessAll()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        var stray = temp.Write("stray.jsonl", """
            {"doc": "stray", "sentence": 0, "date": "1957-03", "date_precision": "month", "source": "JPNGOV", "source_country": "JPN", "target": "USAGOV", "target_country": "USA", "cameo": "057", "quad": 2, "goldstein": 8, "plover": null, "issues": [], "negated": false, "text": "Stray."}
            """);
        CliRunner.Run("events", "import", Fixture("coder-events.jsonl"), "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);
        CliRunner.Run("events", "import", stray, "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);
        string[] shock = ["events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", "--db", db];

        // When
        var around = CliRunner.Run([.. shock, "--chart", temp.File("around.svg")]);
        var wider = CliRunner.Run([.. shock, "--span-years", "5"]);
        var all = CliRunner.Run([.. shock, "--all", "--chart", temp.File("all.svg")]);

        // Then
        around.ExitCode.ShouldBe(0, around.Error);
        around.Out.ShouldContain("change points (binary segmentation over 2013-11..");
        around.Out.ShouldNotContain("1957");
        File.ReadAllText(temp.File("around.svg")).ShouldNotContain("1960");
        wider.Out.ShouldContain("over 2011-11..");
        all.Out.ShouldContain("over 1957-03..");
        File.ReadAllText(temp.File("all.svg")).ShouldContain("1960");
    }

    [Theory]
    [InlineData("--span-years", "0")]
    [InlineData("--span-years", "101")]
    [InlineData("--window", "48")]
    public void Shock_SpanOutOfRangeOrShorterThanTheWindow_IsAUsageError(string option, string value)
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        CliRunner.Run("events", "import", Fixture("coder-events.jsonl"), "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);

        // When
        var result = CliRunner.Run("events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", option, value, "--db", db);

        // Then
        result.ExitCode.ShouldBe(2, result.Out);
        result.Error.ShouldContain("--span-years");
    }
}
