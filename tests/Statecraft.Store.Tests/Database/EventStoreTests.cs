using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Database;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Database;

public sealed class EventStoreTests
{
    [Fact]
    public void Open_NewFile_AppliesEveryMigration()
    {
        // Given
        using var temp = new TempDirectory();

        // When
        using var store = EventStore.Open(temp.File("sub/new.duckdb"));

        // Then
        store.SchemaVersion.ShouldBe(Migrations.Latest);
        store.Count("schema_migrations").ShouldBe(Migrations.All.Count);
        store.Count("events").ShouldBe(0);
    }

    [Fact]
    public void Open_OlderSchema_AppliesOnlyPendingMigrationsAndKeepsData()
    {
        // Given: a store written by a build that knew only the first migration
        using var temp = new TempDirectory();
        var path = temp.File("old.duckdb");
        using (var old = EventStore.Open(path, Migrations.All.Take(1).ToList()))
        {
            old.SchemaVersion.ShouldBe(1);
            new Store.Imports.EventImporter(old).Import(StoreFixtures.Path("coder-events.jsonl"), Store.Imports.ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);
        }

        // When
        using var store = EventStore.Open(path);

        // Then
        store.SchemaVersion.ShouldBe(Migrations.Latest);
        store.Count("events").ShouldBe(66);
        store.Count("state_years").ShouldBe(0);
    }

    [Fact]
    public void Open_NewerSchema_RefusesWithVersionMessage()
    {
        // Given
        using var temp = new TempDirectory();
        var path = temp.File("future.duckdb");
        var future = Migrations.All.Append(new Migration(Migrations.Latest + 1, "future", ["CREATE TABLE future (x INTEGER)"])).ToList();
        EventStore.Open(path, future).Dispose();

        // When
        var error = Should.Throw<InvalidInputException>(() => EventStore.Open(path));

        // Then
        error.Errors.Single().Message.ShouldContain("newer than this build");
    }

    [Fact]
    public void Resolve_NoOption_UsesEnvironmentOrDefaultFile()
    {
        // Given
        var option = "some/where.duckdb";

        // When
        var named = StoreLocation.Resolve(option);

        // Then
        named.ShouldBe(Path.GetFullPath(option));
        var fallback = StoreLocation.Resolve(null);
        var configured = Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable);
        fallback.ShouldBe(Path.GetFullPath(string.IsNullOrEmpty(configured) ? StoreLocation.DefaultFileName : configured));
    }
}
