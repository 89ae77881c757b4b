using Statecraft.Store.Database;
using Statecraft.Store.Imports;
using Statecraft.Testing;

namespace Statecraft.Store.Tests;

/// <summary>Test fixtures of this project and a fresh store in a temporary folder.</summary>
internal static class StoreFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static EventStore NewStore(TempDirectory temp) => EventStore.Open(temp.File("events.duckdb"));

    /// <summary>A store holding the coder fixture (JPN-USA around 2016-11-08).</summary>
    public static EventStore CoderStore(TempDirectory temp)
    {
        var store = NewStore(temp);
        new EventImporter(store).Import(Path("coder-events.jsonl"), ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);
        return store;
    }
}
