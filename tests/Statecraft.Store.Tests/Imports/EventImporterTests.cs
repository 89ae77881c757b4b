using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Imports;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Imports;

public sealed class EventImporterTests
{
    [Fact]
    public void Import_CoderJsonl_StoresEveryEventWithProvenance()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = new EventImporter(store).Import(StoreFixtures.Path("coder-events.jsonl"), ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        result.ShouldBe(result with { RowsRead = 66, Imported = 66, Skipped = 0, Duplicates = 0, AlreadyImported = false });
        store.Count("events").ShouldBe(66);
        store.Count("events", "import_id = 1 AND line = 1 AND cameo = '042' AND source_country = 'JPN'").ShouldBe(1);
        store.Count("events", "date_precision = 'month' AND event_date = DATE '2017-03-01'").ShouldBe(1);
        store.Count("events", "list_contains(issues, 'trade')").ShouldBe(25);
        store.Count("documents").ShouldBe(1);
        store.Count("actors").ShouldBe(4);
        store.Count("import_runs", "rows_read = 66 AND format = 'jsonl'").ShouldBe(1);
    }

    [Fact]
    public void Import_SameFileTwice_AddsNothing()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var copy = temp.File("copy.jsonl");
        File.Copy(StoreFixtures.Path("coder-events.jsonl"), copy);

        // When
        var again = new EventImporter(store).Import(copy, ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        again.AlreadyImported.ShouldBeTrue();
        again.Imported.ShouldBe(0);
        again.Duplicates.ShouldBe(66);
        store.Count("events").ShouldBe(66);
        store.Count("import_runs").ShouldBe(1);
    }

    [Fact]
    public void Import_OverlappingFile_CountsDuplicatesAndAddsOnlyNewEvents()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var lines = File.ReadAllLines(StoreFixtures.Path("coder-events.jsonl"));
        var overlap = temp.Write("overlap.jsonl", string.Join('\n', lines.Take(3).Append(lines[0].Replace("\"sentence\": 0", "\"sentence\": 99", StringComparison.Ordinal))));

        // When
        var result = new EventImporter(store).Import(overlap, ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        result.RowsRead.ShouldBe(4);
        result.Duplicates.ShouldBe(3);
        result.Imported.ShouldBe(1);
        store.Count("events").ShouldBe(67);
    }

    [Fact]
    public void Import_MalformedRows_CountsThemWithLineNumbers()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = new EventImporter(store).Import(StoreFixtures.Path("coder-malformed.jsonl"), ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        result.RowsRead.ShouldBe(6);
        result.Imported.ShouldBe(2);
        result.Skipped.ShouldBe(4);
        result.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(2, "cameo"), (3, string.Empty), (5, "source_country"), (6, "quad")]);
        store.Count("import_errors").ShouldBe(4);
        store.Count("events", "cameo = '120' AND quad = 3").ShouldBe(1);
    }

    [Fact]
    public void Import_StrictWithMalformedRow_FailsAndAddsNothing()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var error = Should.Throw<InvalidInputException>(() => new EventImporter(store).Import(
            StoreFixtures.Path("coder-malformed.jsonl"), ImportFormat.Jsonl, new ImportOptions { Strict = true }, TestContext.Current.CancellationToken));

        // Then
        error.Errors.Single().Line.ShouldBe(2);
        store.Count("events").ShouldBe(0);
        store.Count("import_runs").ShouldBe(0);
        store.Count("import_errors").ShouldBe(0);
    }
}
