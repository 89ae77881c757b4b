using System.Diagnostics;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Events;

public sealed class ImportKillTests
{
    [Fact]
    public void Import_ProcessKilledHalfway_StoreStaysConsistent()
    {
        // Given: a store with one import, and a large file being imported by a separate statecraft process
        using var temp = new TempDirectory();
        var db = temp.File("s.duckdb");
        var fixture = RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", "coder-events.jsonl");
        CliRunner.Run("events", "import", fixture, "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);
        var big = temp.File("big.jsonl");
        File.WriteAllLines(big, Enumerable.Range(0, 250_000).Select(i =>
            $$"""{"doc":"bulk","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036","text":"padding padding padding padding"}"""));
        using var process = Start(big, db);

        // When: it is killed while its transaction is open (in the staged copy of the store)
        WaitForAppendedRows(process, db);
        var stillRunning = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // Then
        stillRunning.ShouldBeTrue("the import finished before it could be killed; use a larger file");
        var series = CliRunner.Run("events", "series", "--source", "JPN", "--target", "USA", "--from", "2016-11-01", "--to", "2016-11-30", "--format", "csv", "--db", db);
        series.ExitCode.ShouldBe(0, series.Error);
        series.Out.ShouldContain("2016-11,2016-11-01,2,");
        using var store = EventStore.Open(db);
        store.Count("import_runs").ShouldBe(1);
        store.Count("events").ShouldBe(66);
        store.Count("import_errors").ShouldBe(0);
    }

    internal static Process Start(string file, string db)
    {
        var cli = typeof(StatecraftApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "events", "import", file, "--format", "jsonl", "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start statecraft");
    }

    /// <summary>
    /// Waits until the child has written appended rows to its staged copy of the store (<c>db.importing</c>): DuckDB
    /// writes a large transaction's full row groups (122,880 rows) into the file before commit, so it grows mid-import.
    /// </summary>
    internal static void WaitForAppendedRows(Process process, string db)
    {
        var before = new FileInfo(db).Length;
        var staged = new FileInfo(db + ".importing");
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            staged.Refresh();
            if (staged.Exists && staged.Length > before)
            {
                return;
            }

            Thread.Sleep(20);
        }
    }
}
