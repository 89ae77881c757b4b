using Statecraft.Store.Database;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Events;

public sealed class ConcurrentReadTests
{
    [Fact]
    public void Series_WhileAnotherProcessImports_ReadsTheCommittedStoreAndASecondWriterIsRefused()
    {
        // Given: a store with one import, and a large file being imported by a separate statecraft process
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        var fixture = RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", "coder-events.jsonl");
        CliRunner.Run("events", "import", fixture, "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);
        var big = temp.File("big.jsonl");
        File.WriteAllLines(big, Enumerable.Range(0, 250_000).Select(i =>
            $$"""{"doc":"bulk","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036","text":"padding padding padding padding"}"""));
        using var process = ImportKillTests.Start(big, db);
        string[] series = ["events", "series", "--source", "JPN", "--target", "USA", "--from", "2016-11-01", "--to", "2016-11-30", "--format", "csv", "--db", db];

        // When: this process reads, and tries to write, while the other one's import is under way
        ImportKillTests.WaitForAppendedRows(process, db);
        var importing = !process.HasExited;
        var during = CliRunner.Run(series);
        var secondWriter = CliRunner.Run("events", "import", fixture, "--format", "jsonl", "--db", db);
        process.WaitForExit();
        var after = CliRunner.Run(series);

        // Then: the reader saw the store as committed before the import, and the import's events once it finished
        importing.ShouldBeTrue("the import finished before the reader ran; use a larger file");
        during.ExitCode.ShouldBe(0, during.Error);
        during.Out.ShouldContain("2016-11,2016-11-01,2,");
        secondWriter.ExitCode.ShouldBe(1);
        secondWriter.Error.ShouldContain("another statecraft process is writing this store");
        process.ExitCode.ShouldBe(0);
        after.ExitCode.ShouldBe(0, after.Error);
        after.Out.ShouldContain("2016-11,2016-11-01,250002,");
        using var store = EventStore.OpenRead(db);
        store.Count("import_runs").ShouldBe(2);
        File.Exists(db + ".importing").ShouldBeFalse();
    }
}
