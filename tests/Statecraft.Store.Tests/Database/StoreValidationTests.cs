using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Database;
using Statecraft.Store.Imports;
using Statecraft.Store.Queries;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Database;

/// <summary>Issue 15: opening something that is not a store says so, and hostile rows are not imported.</summary>
public sealed class StoreValidationTests
{
    public static TheoryData<string, string> NotStores => new()
    {
        { "text", "does not start with DuckDB's header" },
        { "directory", "it is a directory" },
        { "empty", "the file is empty" },
        { "truncated", "the file is truncated" },
        { "loop", "symbolic link that cannot be followed" },
    };

    [Theory]
    [MemberData(nameof(NotStores))]
    public void Open_NotADuckDbFile_NamesTheFileAndWhy(string kind, string why)
    {
        // Given
        using var temp = new TempDirectory();
        var path = temp.File("store.duckdb");
        switch (kind)
        {
            case "text":
                File.WriteAllText(path, "not a database\n");
                break;
            case "directory":
                Directory.CreateDirectory(path);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "truncated":
                using (EventStore.Open(temp.File("full.duckdb")))
                {
                }

                File.WriteAllBytes(path, File.ReadAllBytes(temp.File("full.duckdb"))[..5000]);
                break;
            default:
                File.CreateSymbolicLink(temp.File("b"), path);
                File.CreateSymbolicLink(path, temp.File("b"));
                break;
        }

        // When
        var error = Should.Throw<InvalidInputException>(() => EventStore.Open(path)).Errors.ShouldHaveSingleItem();

        // Then
        error.File.ShouldBe(path);
        error.Message.ShouldStartWith("not a Statecraft store (DuckDB database): ");
        error.Message.ShouldContain(why);
        File.Exists(path + ".wal").ShouldBeFalse();
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Import_NonFiniteGoldstein_IsSkippedNotStoredAsNaN(string weight)
    {
        // Given: the first GDELT fixture row with its GoldsteinScale (column 31) replaced
        using var temp = new TempDirectory();
        var row = File.ReadLines(StoreFixtures.Path("gdelt1-events.tsv")).First().Split('\t');
        row[30] = weight;
        var file = temp.Write("e.tsv", string.Join('\t', row) + "\n");
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = new EventImporter(store).Import(file, ImportFormat.Gdelt1, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        result.Skipped.ShouldBe(1);
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("GoldsteinScale");
        store.Count("events", "isnan(goldstein) OR isinf(goldstein)").ShouldBe(0);
    }

    [Fact]
    public void Import_StrictInvalidUtf8_IsRefusedAndNothingStored()
    {
        // Given
        using var temp = new TempDirectory();
        var file = temp.File("e.jsonl");
        File.WriteAllBytes(file, [.. "{\"doc\":\"d"u8, 0xC3, 0x28, .. "\",\"sentence\":1,\"date\":\"2016-11-17\",\"cameo\":\"036\"}\n"u8]);
        using var store = StoreFixtures.NewStore(temp);

        // When
        var error = Should.Throw<InvalidInputException>(() => new EventImporter(store).Import(
            file, ImportFormat.Jsonl, new ImportOptions { Strict = true }, TestContext.Current.CancellationToken));

        // Then
        error.Errors.ShouldHaveSingleItem().Message.ShouldContain("not valid UTF-8");
        store.Count("events").ShouldBe(0);
    }

    [Fact]
    public void Import_HeaderWithADuplicatedColumn_NamesTheColumnOnce()
    {
        // Given: an ICEWS file without its header, whose first row repeats a city name
        using var temp = new TempDirectory();
        var file = temp.Write("e.tab", string.Join('\n', File.ReadLines(StoreFixtures.Path("icews-events.tab")).Skip(1)) + "\n");
        using var store = StoreFixtures.NewStore(temp);

        // When
        var error = Should.Throw<InvalidInputException>(() => new EventImporter(store).Import(file, ImportFormat.Icews, cancellationToken: TestContext.Current.CancellationToken));

        // Then
        var only = error.Errors.ShouldHaveSingleItem();
        only.Field.ShouldBe("Tokyo");
        only.Message.ShouldContain("twice");
    }

    [Fact]
    public void Series_MorePeriodsThanTheLimit_IsRefusedBeforeFillingThem()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var query = new SeriesQuery("JPN", "USA", By: SeriesPeriod.Day, From: DateLimits.Earliest, To: DateLimits.Latest);

        // When
        var error = Should.Throw<InvalidInputException>(() => new DyadSeries(store).Run(query));

        // Then
        error.Errors.ShouldHaveSingleItem().Message.ShouldContain("at most 100,000");
    }
}
