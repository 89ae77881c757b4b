using Statecraft.Store.Queries;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Queries;

/// <remarks>
/// Expected figures are counted by hand from Fixtures/coder-events.jsonl: JPN→USA has 3 events in even months
/// before November 2016 (2 × 042 at +1.9, 1 × 061 at +6.4), 2 in odd ones (2 × 042); from November 2016,
/// 2 events in even months (042 at +1.9, 112 at -2.0) and 3 in odd ones (plus 172 at -5.0).
/// </remarks>
public sealed class DyadSeriesTests
{
    [Fact]
    public void Run_MonthlyDirected_CountsQuadClassesAndGoldstein()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When
        var series = new DyadSeries(store).Run(new SeriesQuery("JPN", "USA"));

        // Then
        series.Count.ShouldBe(24);
        series[0].ShouldBe(new SeriesPoint(new DateOnly(2015, 11, 1), "2015-11", 3, 2, 1, 0, 0, 10.2, 3.4), new PointComparer());
        var december = series.Single(p => p.Label == "2016-12");
        december.ShouldBe(new SeriesPoint(new DateOnly(2016, 12, 1), "2016-12", 3, 1, 0, 1, 1, -5.1, -1.7), new PointComparer());
        december.NetCooperation.ShouldBe(-1);
        series.Sum(p => p.NetCooperation).ShouldBe((6 * 3) + (6 * 2) + (6 * 0) + (6 * -1));
    }

    [Fact]
    public void Run_BothDirectionsAndIssue_FiltersEvents()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var december = new DateOnly(2016, 12, 1);

        // When
        var both = new DyadSeries(store).Run(new SeriesQuery("JPN", "USA", Both: true, From: december, To: new DateOnly(2016, 12, 31)));
        var trade = new DyadSeries(store).Run(new SeriesQuery("JPN", "USA", Issue: "trade", From: december, To: new DateOnly(2016, 12, 31)));
        var anyTarget = new DyadSeries(store).Run(new SeriesQuery("JPN", SeriesQuery.Any, From: december, To: new DateOnly(2016, 12, 31)));

        // Then
        both.Single().ShouldBe(new SeriesPoint(december, "2016-12", 4, 1, 0, 2, 1, -7.1, -7.1 / 4), new PointComparer());
        trade.Single().Events.ShouldBe(2);
        trade.Single().NetCooperation.ShouldBe(-2);
        anyTarget.Single().Events.ShouldBe(4);
    }

    [Fact]
    public void Run_ByQuarterAndWeek_GroupsByPeriodStart()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When
        var quarters = new DyadSeries(store).Run(new SeriesQuery("JPN", "USA", By: SeriesPeriod.Quarter));
        var weeks = new DyadSeries(store).Run(new SeriesQuery("JPN", "USA", By: SeriesPeriod.Week, From: new DateOnly(2016, 11, 7), To: new DateOnly(2016, 11, 20)));

        // Then
        var q4 = quarters.Single(p => p.Label == "2016-Q4");
        (q4.Events, q4.NetCooperation, Math.Round(q4.GoldsteinSum, 9)).ShouldBe((7, 1, -1.4));
        weeks.Select(w => (w.Label, w.Events)).ShouldBe([("2016-11-07", 1), ("2016-11-14", 1)]);
    }

    [Fact]
    public void ByPair_WorldWide_ReturnsEveryDirectedPairAndMonth()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When
        var pairs = new DyadSeries(store).ByPair(new SeriesQuery());

        // Then
        pairs.Select(p => (p.Source, p.Target)).Distinct().Count().ShouldBe(4);
        pairs.Where(p => p.Source == "JPN" && p.Target == "USA").Sum(p => p.Point.Events).ShouldBe(60);
        pairs.Single(p => p.Source == "JPN" && p.Target == "KOR").Point.Label.ShouldBe("2017-03");
    }

    /// <summary>Compares points with a tolerance on the Goldstein figures.</summary>
    private sealed class PointComparer : IEqualityComparer<SeriesPoint>
    {
        public bool Equals(SeriesPoint? x, SeriesPoint? y) =>
            x is not null && y is not null
            && x with { GoldsteinSum = 0, GoldsteinMean = 0 } == y with { GoldsteinSum = 0, GoldsteinMean = 0 }
            && Math.Abs(x.GoldsteinSum - y.GoldsteinSum) < 1e-9
            && Math.Abs((x.GoldsteinMean ?? 0) - (y.GoldsteinMean ?? 0)) < 1e-9;

        public int GetHashCode(SeriesPoint obj) => obj.Period.GetHashCode();
    }
}

public sealed class DyadMonthsTests
{
    [Theory]
    [InlineData("JPN", "USA", false)]
    [InlineData("JPN", "USA", true)]
    [InlineData("JPN", "*", false)]
    [InlineData("*", "JPN", true)]
    public void Run_MonthlyTableAndEventScan_Agree(string source, string target, bool both)
    {
        // Given: a store with two imports, so the monthly table has been updated twice
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        new Store.Imports.EventImporter(store).Import(StoreFixtures.Path("coder-events.csv"), Store.Imports.ImportFormat.Csv, cancellationToken: TestContext.Current.CancellationToken);
        var monthly = new SeriesQuery(source, target, both, SeriesPeriod.Quarter);
        var scanned = monthly with { From = new DateOnly(2015, 1, 2), To = new DateOnly(2018, 12, 30) };

        // When
        var fromTable = new DyadSeries(store).Run(monthly);
        var fromEvents = new DyadSeries(store).Run(scanned);

        // Then
        DyadSeries.FromMonthlyTable(monthly).ShouldBeTrue();
        DyadSeries.FromMonthlyTable(scanned).ShouldBeFalse();
        var overlap = fromEvents.Where(p => p.Events > 0).ToList();
        fromTable.Where(p => p.Events > 0).Select(p => (p.Label, p.Events, p.NetCooperation, Math.Round(p.GoldsteinSum, 9)))
            .ShouldBe(overlap.Select(p => (p.Label, p.Events, p.NetCooperation, Math.Round(p.GoldsteinSum, 9))));
    }
}
