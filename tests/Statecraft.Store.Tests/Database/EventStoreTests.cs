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
            using var connection = old.OpenReader();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO events (event_key, import_id, line, event_date, date_precision, source_country, target_country, cameo, quad, goldstein, negated)
                VALUES ('a', 1, 1, DATE '2016-11-17', 'day', 'JPN', 'USA', '036', 1, 4.0, false),
                       ('b', 1, 2, DATE '2016-11-30', 'day', 'JPN', 'USA', '112', 3, -2.0, false)
                """;
            insert.ExecuteNonQuery();
        }

        // When
        using var store = EventStore.Open(path);

        // Then
        store.SchemaVersion.ShouldBe(Migrations.Latest);
        store.Count("events").ShouldBe(2);
        store.Count("state_years").ShouldBe(0);
        store.Count("dyad_months", "source_country = 'JPN' AND month = DATE '2016-11-01' AND events = 2 AND q1 = 1 AND q3 = 1 AND goldstein_sum = 2").ShouldBe(1);
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

    [Fact]
    public void Open_MemoryLimitVariable_SetsDuckDbLimit()
    {
        // Given
        using var temp = new TempDirectory();
        Environment.SetEnvironmentVariable(EventStore.MemoryLimitVariable, "1GiB");
        try
        {
            // When
            using var store = EventStore.Open(temp.File("limited.duckdb"));

            // Then
            using var reader = store.OpenReader();
            using var command = reader.CreateCommand();
            command.CommandText = "SELECT current_setting('memory_limit')";
            command.ExecuteScalar()!.ToString().ShouldBe("1.0 GiB");
        }
        finally
        {
            Environment.SetEnvironmentVariable(EventStore.MemoryLimitVariable, null);
        }
    }
}
