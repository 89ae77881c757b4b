using Statecraft.Store.Imports;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Imports;

public sealed class ImportAtomicityTests
{
    [Fact]
    public void Import_StreamFailsHalfway_LeavesStoreAsItWas()
    {
        // Given: a store with one import, and a second file whose stream breaks after half its bytes
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var lines = Enumerable.Range(0, 3 * ImportPipeline.BatchSize).Select(i =>
            $$"""{"doc":"broken","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036"}""");
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));

        // When
        Should.Throw<IOException>(() => new EventImporter(store).Import(
            () => new BreakingStream(bytes, bytes.Length / 2), "broken.jsonl", bytes.Length, ImportFormat.Jsonl, new ImportOptions(), TestContext.Current.CancellationToken));

        // Then
        store.Count("events").ShouldBe(66);
        store.Count("import_runs").ShouldBe(1);
        store.Count("documents").ShouldBe(1);
        store.Count("import_errors").ShouldBe(0);
    }

    [Fact]
    public void Import_CancelledHalfway_LeavesStoreAsItWasAndCanBeRetried()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);
        var lines = Enumerable.Range(0, 3 * ImportPipeline.BatchSize).Select(i =>
            $$"""{"doc":"bulk","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036"}""");
        var path = temp.Write("bulk.jsonl", string.Join('\n', lines));
        using var cancel = new CancellationTokenSource();
        var options = new ImportOptions { Progress = _ => cancel.Cancel(), ProgressEvery = 1 };

        // When
        Should.Throw<OperationCanceledException>(() => new EventImporter(store).Import(path, ImportFormat.Jsonl, options, cancel.Token));
        var retry = new EventImporter(store).Import(path, ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        retry.Imported.ShouldBe(3 * ImportPipeline.BatchSize);
        store.Count("events").ShouldBe(3 * ImportPipeline.BatchSize);
        store.Count("import_runs").ShouldBe(1);
    }

    [Fact]
    public void Import_DelimitedCancelledAfterEventsWritten_LeavesStoreAsItWasAndCanBeRetried()
    {
        // Given: a store with one import; the GDELT file is read by DuckDB, and the progress callback fires
        // after its events are in the events table, inside the open transaction
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var path = StoreFixtures.Path("gdelt2-events.tsv");
        using var cancel = new CancellationTokenSource();
        long seen = 0;
        var options = new ImportOptions { Progress = rows => { seen = rows; cancel.Cancel(); } };

        // When
        Should.Throw<OperationCanceledException>(() => new EventImporter(store).Import(path, ImportFormat.Gdelt2, options, cancel.Token));
        var eventsAfterCancel = store.Count("events");
        var retry = new EventImporter(store).Import(path, ImportFormat.Gdelt2, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        seen.ShouldBe(6);
        eventsAfterCancel.ShouldBe(66);
        store.Count("import_errors", "import_id = 2").ShouldBe(2);
        retry.ShouldBe(retry with { ImportId = 2, RowsRead = 6, Imported = 3, AlreadyImported = false });
        store.Count("events").ShouldBe(69);
        store.Count("import_runs").ShouldBe(2);
    }

    [Fact]
    public void Import_WhileReaderQueries_ReaderSeesOnlyCommittedEvents()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        using var reader = store.OpenReader();
        var lines = Enumerable.Range(0, 2 * ImportPipeline.BatchSize).Select(i =>
            $$"""{"doc":"bulk","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036"}""");
        var path = temp.Write("bulk.jsonl", string.Join('\n', lines));
        var seenDuringImport = new List<long>();
        var options = new ImportOptions { Progress = _ => seenDuringImport.Add(CountEvents(reader)), ProgressEvery = 1 };

        // When
        new EventImporter(store).Import(path, ImportFormat.Jsonl, options, TestContext.Current.CancellationToken);

        // Then
        seenDuringImport.ShouldNotBeEmpty();
        seenDuringImport.ShouldAllBe(n => n == 66);
        CountEvents(reader).ShouldBe(66 + (2 * ImportPipeline.BatchSize));
    }

    private static long CountEvents(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A stream that serves the first bytes of a file and then fails, as a disk or network error would.</summary>
    private sealed class BreakingStream(byte[] bytes, int breakAt) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Position >= breakAt
            ? throw new IOException("simulated read failure")
            : _inner.Read(buffer, offset, Math.Min(count, breakAt - (int)_inner.Position));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
