using System.Text.Json;
using System.Text.Json.Nodes;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Events;

/// <summary><c>events export --partition year,month</c> writes hive-partitioned Parquet; <c>events import FOLDER</c> reads it back.</summary>
public sealed class PartitionedParquetTests
{
    private static readonly string[] Provenance = ["event_key", "import_id", "source_file", "line"];

    private static string Fixture(string name) => RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", name);

    [Fact]
    public void ExportPartitioned_ThenImportTheFolder_SameEvents()
    {
        // Given
        using var temp = new TempDirectory();
        var (first, second, folder) = (temp.File("a.duckdb"), temp.File("b.duckdb"), temp.File("events"));
        CliRunner.Run("events", "import", Fixture("coder-events.jsonl"), "--format", "jsonl", "--db", first).ExitCode.ShouldBe(0);

        // When
        var export = CliRunner.Run("events", "export", folder, "--partition", "year,month", "--db", first);
        var import = CliRunner.Run("events", "import", folder, "--db", second);
        var again = CliRunner.Run("events", "import", folder, "--db", second);

        // Then
        export.ExitCode.ShouldBe(0, export.Error);
        var files = Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).ToList();
        files.ShouldNotBeEmpty();
        files.ShouldAllBe(f => f.StartsWith("year=", StringComparison.Ordinal) && f.Contains("/month=", StringComparison.Ordinal));
        import.ExitCode.ShouldBe(0, import.Error);
        again.Out.ShouldContain("Already imported");
        CoderFields(temp, second).ShouldBe(CoderFields(temp, first));
    }

    [Fact]
    public void ExportPartitioned_UnknownColumnOrExistingFolder_UsageErrorAndNothingWritten()
    {
        using var temp = new TempDirectory();
        var db = temp.File("a.duckdb");
        CliRunner.Run("events", "import", Fixture("coder-events.jsonl"), "--format", "jsonl", "--db", db).ExitCode.ShouldBe(0);

        var unknown = CliRunner.Run("events", "export", temp.File("p"), "--partition", "year,cameo", "--db", db);
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("--partition 'year,cameo'");
        Directory.Exists(temp.File("p")).ShouldBeFalse();

        File.WriteAllText(temp.File("taken"), "x");
        var taken = CliRunner.Run("events", "export", temp.File("taken"), "--partition", "year", "--db", db);
        taken.ExitCode.ShouldBe(2);
        File.ReadAllText(temp.File("taken")).ShouldBe("x");
    }

    /// <summary>The stored events as the coder's fields (provenance left out), in a fixed order.</summary>
    private static List<string> CoderFields(TempDirectory temp, string db)
    {
        var file = temp.File(Path.GetFileNameWithoutExtension(db) + ".jsonl");
        CliRunner.Run("events", "export", file, "--db", db).ExitCode.ShouldBe(0);
        return [.. File.ReadAllLines(file).Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            foreach (var name in Provenance)
            {
                node.Remove(name);
            }

            return node.ToJsonString(new JsonSerializerOptions());
        }).Order(StringComparer.Ordinal)];
    }
}
