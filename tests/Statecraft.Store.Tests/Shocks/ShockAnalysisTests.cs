using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Imports;
using Statecraft.Store.Shocks;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Shocks;

/// <remarks>
/// By hand from Fixtures/coder-events.jsonl: JPN→USA monthly net cooperation is 3, 2, 3, 2, … for the 12 months
/// before November 2016 (mean 2.5) and 0, -1, 0, -1, … for the 12 from November 2016 (mean -0.5).
/// </remarks>
public sealed class ShockAnalysisTests
{
    private static readonly DateOnly Election = new(2016, 11, 8);

    [Fact]
    public void Run_JpnUsaAtElection_FindsTheDropAndTheChangePoint()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When
        var result = new ShockAnalysis(store).Run("JPN", "USA", Election);

        // Then
        result.Dyad.ShouldBe("JPN-USA");
        (result.Pre.Months, result.Pre.Mean, result.Pre.Events).ShouldBe((12, 2.5, 30L));
        (result.Post.Months, result.Post.Mean, result.Post.Events).ShouldBe((12, -0.5, 30L));
        result.Difference.ShouldBe(-3.0, 1e-12);
        result.Ci95.Low.ShouldBeInRange(-4.0, -3.0);
        result.Ci95.High.ShouldBeInRange(-3.0, -2.0);
        result.ChangePoints.ShouldBe([new DateOnly(2016, 11, 1)]);
        result.Pre.QuadShare.ShouldBe([0.8, 0.2, 0, 0], tolerance: 1e-12);
        result.Post.QuadShare.ShouldBe([0.4, 0, 0.4, 0.2], tolerance: 1e-12);
    }

    [Fact]
    public void Run_SameSeed_GivesSameInterval()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var options = new ShockOptions { WindowMonths = 3, Seed = 7, Replicates = 2000 };

        // When
        var first = new ShockAnalysis(store).Run("JPN", "USA", Election, options);
        var second = new ShockAnalysis(store).Run("JPN", "USA", Election, options);

        // Then
        first.Ci95.ShouldBe(second.Ci95);
        first.Difference.ShouldBe((-1.0 / 3) - (7.0 / 3), 1e-12);
        first.Pre.Months.ShouldBe(3);
    }

    [Fact]
    public void Run_StrayEventDecadesEarlier_SeriesAndChangePointsStayThreeYearsAroundTheShock()
    {
        // Given: the fixture plus one anecdote dated 1957, as the coder dated one in the seed article
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);
        var stray = temp.Write("stray.jsonl", """
            {"doc": "stray", "sentence": 0, "date": "1957-03", "date_precision": "month", "source": "JPNGOV", "source_country": "JPN", "target": "USAGOV", "target_country": "USA", "cameo": "057", "quad": 2, "goldstein": 8, "plover": null, "issues": [], "negated": false, "text": "Stray."}
            """);
        new EventImporter(store).Import(stray, ImportFormat.Jsonl, cancellationToken: TestContext.Current.CancellationToken);

        // When
        var around = new ShockAnalysis(store).Run("JPN", "USA", Election);
        var all = new ShockAnalysis(store).Run("JPN", "USA", Election, new ShockOptions { SpanMonths = null });

        // Then
        around.Series[0].Period.ShouldBe(new DateOnly(2013, 11, 1));
        around.Series[^1].Period.ShouldBeLessThanOrEqualTo(new DateOnly(2019, 10, 1));
        around.ChangePoints.ShouldAllBe(c => c >= new DateOnly(2013, 11, 1) && c <= new DateOnly(2019, 10, 1));
        around.ChangePoints.ShouldContain(new DateOnly(2016, 11, 1));
        all.Series[0].Period.ShouldBe(new DateOnly(1957, 3, 1));
        (all.Pre.Mean, all.Post.Mean).ShouldBe((around.Pre.Mean, around.Post.Mean));
    }

    [Fact]
    public void Run_SpanShorterThanTheWindow_Throws()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When, Then
        Should.Throw<ArgumentOutOfRangeException>(() => new ShockAnalysis(store).Run("JPN", "USA", Election, new ShockOptions { SpanMonths = 6 }));
    }

    [Fact]
    public void Run_ShockOutsideData_ThrowsInvalidInput()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.CoderStore(temp);

        // When
        var error = Should.Throw<InvalidInputException>(() => new ShockAnalysis(store).Run("JPN", "USA", new DateOnly(2010, 1, 1)));

        // Then
        error.Errors.Single().Message.ShouldContain("no months before 2010-01-01");
    }
}
