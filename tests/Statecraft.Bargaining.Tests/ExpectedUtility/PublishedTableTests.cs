using System.Globalization;
using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Bargaining.Tests.ExpectedUtility;

/// <summary>
/// Issue test (c): trajectories against Scholz, Calbert &amp; Smith (2011) Table 2 (medians of rounds 1-8, Q = 1).
/// </summary>
/// <remarks>
/// How close we get, and why: the scholz-code mode gives 8.416, 9.611, 9.962, 9.962, 9.962, 7.472, 8.825, 9.671.
/// Truncated to one decimal (as the paper's 9.9 for 9.962 suggests) that matches rounds 1 and 3-8; round 2 prints 9.9
/// where we get 9.611. Belgium's compromise toward France sets the round-2 median: 8.416 + 0.754 × (10 − 8.416).
/// Reaching 9.9 needs a concession ratio near 0.94, which in our sweep of every switch in
/// <see cref="ExpectedUtilityOptions"/> (5,376 combinations, plus Q in {1, 0.9, 0.75, 0.5}) happens only with
/// Belgium risk-neutral in that round (r = 1 gives 9.950), and no consistent reading produces that. The printed
/// equations (paper-faithful mode, eq. 31 probabilities near 0.5) make confrontations win everywhere: the median
/// stays at 7.0 and matches none of the 8 rounds.
/// </remarks>
public sealed class PublishedTableTests
{
    private static double[] PublishedMedians() =>
        [.. ReferenceData.Csv("data/bargaining/emission_standards_scholz2011_table2_published.csv")
            .Select(r => double.Parse(r["median_voter_position"], CultureInfo.InvariantCulture))];

    private static double[] Medians(ExpectedUtilityOptions eu) =>
        [.. new ExpectedUtilityModel().Run(ReferenceData.EmissionStandards(), new BargainingOptions { MaxRounds = 8, ExpectedUtility = eu })
            .Rounds.Skip(1).Select(r => r.Median)];

    private static int[] TruncatedMatches(double[] medians, double[] published) =>
        [.. Enumerable.Range(0, published.Length).Where(k => k < medians.Length && Math.Abs((Math.Floor((medians[k] * 10) + 1e-9) / 10) - published[k]) < 1e-9).Select(k => k + 1)];

    [Fact]
    public void ScholzCode_EmissionStandards_MatchesSevenOfEightPublishedMediansTruncated()
    {
        // Given
        var published = PublishedMedians();

        // When
        var medians = Medians(ExpectedUtilityOptions.ScholzCode);

        // Then
        TruncatedMatches(medians, published).ShouldBe([1, 3, 4, 5, 6, 7, 8]);
        medians[1].ShouldBe(9.610859, 1e-6);
        medians.Zip(published).Max(p => Math.Abs(p.First - p.Second)).ShouldBeLessThan(0.3);
    }

    [Fact]
    public void PaperFaithful_EmissionStandards_ConfrontationsFreezeTheMedianAtSeven()
    {
        // Given
        var published = PublishedMedians();

        // When
        var medians = Medians(ExpectedUtilityOptions.PaperFaithful);

        // Then
        medians.ShouldAllBe(m => m == 7.0);
        TruncatedMatches(medians, published).ShouldBeEmpty();
    }

    [Fact]
    public void Default_EmissionStandards_MeansStayNearThePublishedMeans()
    {
        // Given: Scholz reports means 7.3-7.6, far steadier than the medians.
        var published = ReferenceData.Csv("data/bargaining/emission_standards_scholz2011_table2_published.csv")
            .Select(r => double.Parse(r["mean_voter_position"], CultureInfo.InvariantCulture)).ToArray();

        // When
        var means = new ExpectedUtilityModel().Run(ReferenceData.EmissionStandards(), new BargainingOptions { MaxRounds = 8 })
            .Rounds.Skip(1).Select(r => r.Mean).ToArray();

        // Then
        means.Zip(published).ShouldAllBe(p => Math.Abs(p.First - p.Second) < 0.1);
    }
}
