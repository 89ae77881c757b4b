using Statecraft.Store.Database;
using Statecraft.Store.Export;
using Statecraft.Store.Imports;
using Statecraft.Store.Queries;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Export;

public sealed class EventExporterTests
{
    [Theory]
    [InlineData(ExportFormat.Jsonl, ImportFormat.Jsonl)]
    [InlineData(ExportFormat.Csv, ImportFormat.Csv)]
    public void Export_CoderLayout_ReimportsToTheSameSeries(ExportFormat format, ImportFormat readBack)
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var path = temp.File("out." + format.ToString().ToLowerInvariant());

        // When
        var written = new EventExporter(store).Export(path, format);
        using var copy = EventStore.Open(temp.File("copy.duckdb"));
        var result = new EventImporter(copy).Import(path, readBack, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        written.ShouldBe(66);
        result.Imported.ShouldBe(66);
        var query = new SeriesQuery("JPN", "USA", Issue: "trade");
        new DyadSeries(copy).Run(query).ShouldBe(new DyadSeries(store).Run(query));
        copy.Count("events", "date_precision = 'month' AND event_date = DATE '2017-03-01'").ShouldBe(1);
        File.Exists(path + ".partial").ShouldBeFalse();
    }

    [Fact]
    public void Export_ParquetWithDyadFilter_WritesOnlyThatDyad()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var path = temp.File("jpn-chn.parquet");

        // When
        var written = new EventExporter(store).Export(path, ExportFormat.Parquet, new SeriesQuery("JPN", "CHN"));

        // Then
        written.ShouldBe(2);
        store.Count($"read_parquet('{path}')", "source_country = 'JPN' AND target_country = 'CHN' AND cameo IN ('111', '036')").ShouldBe(2);
    }
}
