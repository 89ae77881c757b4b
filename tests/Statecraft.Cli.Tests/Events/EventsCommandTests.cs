using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Events;

public sealed class EventsCommandTests
{
    private static string Fixture(string name) => RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", name);

    [Fact]
    public void Import_Twice_ReportsCountsThenNothingAdded()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");

        // When
        var first = CliRunner.Run("events", "import", Fixture("coder-malformed.jsonl"), "--format", "jsonl", "--db", db);
        var second = CliRunner.Run("events", "import", Fixture("coder-malformed.jsonl"), "--format", "jsonl", "--db", db);

        // Then
        first.ExitCode.ShouldBe(0, first.Error);
        first.Out.ShouldContain("│ 6         │ 2        │ 4       │ 0          │");
        first.Error.ShouldContain("coder-malformed.jsonl:2: cameo: '36' is not a CAMEO event code");
        second.Out.ShouldContain("Already imported as import 1");
    }

    [Fact]
    public void Import_StrictOnMalformed_ExitsOneWithLine()
    {
        // Given
        using var temp = new TempDirectory();

        // When
        var result = CliRunner.Run("events", "import", Fixture("coder-malformed.jsonl"), "--format", "jsonl", "--strict", "--db", temp.File("s.duckdb"));

        // Then
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("coder-malformed.jsonl:2:");
    }

    [Theory]
    [InlineData("events", "import", "x.jsonl", "--format", "xml")]
    [InlineData("events", "series", "--source", "JAPAN")]
    [InlineData("events", "series", "--by", "decade")]
    [InlineData("events", "shock", "--dyad", "JPN", "--date", "2016-11-08")]
    [InlineData("events", "shock", "--dyad", "JPN-USA", "--date", "8 Nov 2016")]
    public void BadOptionValue_ExitsTwo(params string[] args)
    {
        // Given
        using var temp = new TempDirectory();

        // When
        var result = CliRunner.Run([.. args, "--db", temp.File("s.duckdb")]);

        // Then
        result.ExitCode.ShouldBe(2, result.Error);
    }

    [Fact]
    public void SeriesAndShock_Json_FollowTheContract()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        CliRunner.Run("events", "import", Fixture("coder-events.jsonl"), "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);

        // When
        var series = CliRunner.Run("events", "series", "--source", "JPN", "--target", "USA", "--from", "2016-12-01", "--to", "2016-12-31", "--format", "json", "--db", db);
        var shock = CliRunner.Run("events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", "--format", "json", "--db", db, "--chart", temp.File("shock.svg"));

        // Then
        var point = JsonDocument.Parse(series.Out).RootElement.GetProperty("series")[0];
        (point.GetProperty("period").GetString(), point.GetProperty("net_cooperation").GetInt32(), point.GetProperty("material_conflict").GetInt32()).ShouldBe(("2016-12", -1, 1));
        var root = JsonDocument.Parse(shock.Out).RootElement;
        root.GetProperty("dyad").GetString().ShouldBe("JPN-USA");
        root.GetProperty("date").GetString().ShouldBe("2016-11-08");
        root.GetProperty("pre").GetProperty("mean").GetDouble().ShouldBe(2.5);
        root.GetProperty("pre").GetProperty("months").GetInt32().ShouldBe(12);
        root.GetProperty("post").GetProperty("mean").GetDouble().ShouldBe(-0.5);
        root.GetProperty("difference").GetDouble().ShouldBe(-3.0, 1e-12);
        root.GetProperty("ci95").GetArrayLength().ShouldBe(2);
        root.GetProperty("change_points").EnumerateArray().Select(c => c.GetString()).ShouldBe(["2016-11-01"]);
        File.ReadAllText(temp.File("shock.svg")).ShouldContain("<svg");
    }

    [Fact]
    public void CodedSeedArticle_ImportsAndShockRuns()
    {
        // Given: the README's walk-through, from the article to the shock analysis
        var article = SharedData.PathOf("seed/zakowski-japan-foreign-policy-after-trump.txt");
        using var temp = new TempDirectory();
        var events = temp.File("seed-events.jsonl");
        var db = temp.File("s.duckdb");
        CliRunner.Run("code", article, "--format", "jsonl", "--out", events).ExitCode.ShouldBe(0);

        // When
        var import = CliRunner.Run("events", "import", events, "--format", "jsonl", "--db", db);
        var shock = CliRunner.Run("events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", "--format", "json", "--db", db);

        // Then
        import.ExitCode.ShouldBe(0, import.Error);
        shock.ExitCode.ShouldBe(0, shock.Error);
        var root = JsonDocument.Parse(shock.Out).RootElement;
        root.GetProperty("post").GetProperty("events").GetInt64().ShouldBeGreaterThan(0);
        (root.GetProperty("ci95")[0].GetDouble() <= root.GetProperty("difference").GetDouble()).ShouldBeTrue();
    }

    [Fact]
    public void Export_Parquet_WritesFile()
    {
        // Given
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        CliRunner.Run("events", "import", Fixture("gdelt2-events.tsv"), "--format", "gdelt2", "--db", db).ExitCode.ShouldBe(0);

        // When
        var result = CliRunner.Run("events", "export", temp.File("e.parquet"), "--db", db);

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Wrote 3 events");
        File.ReadAllBytes(temp.File("e.parquet")).Take(4).ShouldBe("PAR1"u8.ToArray());
    }

    [Fact]
    public void DataImport_Nmc_StoresStateYears()
    {
        // Given
        using var temp = new TempDirectory();

        // When
        var result = CliRunner.Run("data", "import", "--nmc", SharedData.PathOf("data/structural/NMC-60-abridged.csv"), "--db", temp.File("s.duckdb"));

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("15,951");
    }
}
