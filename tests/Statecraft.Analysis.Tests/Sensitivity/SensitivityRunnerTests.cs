using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Testing;

namespace Statecraft.Analysis.Tests.Sensitivity;

public class SensitivityRunnerTests
{
    private static readonly Case Reference = CaseLoader.Load(RepoPaths.ReferenceCase);

    [Fact]
    public void Run_SameSeed_SameNumbersOnOneOrTwoCores()
    {
        // When
        var one = SensitivityRunner.Run(Reference, AnalysisOptions.Default, new SensitivityRequest(200, 11, MaxDegreeOfParallelism: 1));
        var two = SensitivityRunner.Run(Reference, AnalysisOptions.Default, new SensitivityRequest(200, 11, MaxDegreeOfParallelism: 2));

        // Then
        for (var i = 0; i < one.Issues.Count; i++)
        {
            two.Issues[i].Forecasts.ShouldBe(one.Issues[i].Forecasts);
            two.Issues[i].LabelShare.ShouldBe(one.Issues[i].LabelShare);
        }
    }

    [Fact]
    public void Run_SharesSumToOneAndQuantilesAreOrdered()
    {
        var result = SensitivityRunner.Run(Reference, AnalysisOptions.Default, new SensitivityRequest(100, 3));
        foreach (var issue in result.Issues)
        {
            issue.LabelShare.Values.Sum().ShouldBe(1, 1e-12);
            (issue.P5 <= issue.P50 && issue.P50 <= issue.P95).ShouldBeTrue(issue.Issue);
        }
    }

    [Fact]
    public void Run_DifferentSeeds_DrawDifferentValues()
    {
        var a = SensitivityRunner.Draw(Reference, new Random(SensitivityRunner.DrawSeed(1, 0)), DrawDistribution.Uniform);
        var b = SensitivityRunner.Draw(Reference, new Random(SensitivityRunner.DrawSeed(2, 0)), DrawDistribution.Uniform);
        var ranged = Reference.Issues.SelectMany(i => i.Positions).Count(p => p.Range is not null);
        ranged.ShouldBeGreaterThan(0);
        a.Issues.SelectMany(i => i.Positions).Select(p => p.Value).ShouldNotBe(b.Issues.SelectMany(i => i.Positions).Select(p => p.Value));
    }

    /// <summary>Eq. A12: an issue without any stated range is drawn from the default ranges, not computed once.</summary>
    [Fact]
    public void Run_IssueWithoutStatedRanges_DrawsDefaultRangesAndThresholds()
    {
        // Given: a synthetic issue near the move threshold, no range stated anywhere.
        var c = SyntheticCase.Build([new("f-leader", "before", 50, 0.8, 1), new("f-leader", "after", 50, 0.8, 1), new("p-old", "before", 80, 0.5, 1), new("p-new", "after", 70, 0.5, 1)]);
        c.Issues[0].Positions.ShouldAllBe(p => p.Range == null && p.SalienceRange == null && p.CapabilityRange == null);

        // When
        var result = SensitivityRunner.Run(c, AnalysisOptions.Default, new SensitivityRequest(400, 9));

        // Then: both labels occur, and the forecasts spread.
        var issue = result.Issues.Single();
        issue.LabelShare.Count.ShouldBeGreaterThan(1);
        issue.P95.ShouldBeGreaterThan(issue.P5);
        issue.StatedRanges.ShouldBe(0);
        issue.DefaultRanges.ShouldBe(12);
        result.ThresholdOrigin.ShouldBe("default spread");
    }

    [Theory]
    [InlineData(DrawDistribution.Triangular)]
    [InlineData(DrawDistribution.Uniform)]
    public void Sample_StaysInsideTheRange(DrawDistribution distribution)
    {
        var random = new Random(5);
        for (var k = 0; k < 1000; k++)
        {
            var x = SensitivityRunner.Sample(random, new Interval(10, 30), 25, distribution);
            (x >= 10 && x <= 30).ShouldBeTrue();
        }
    }

    [Fact]
    public void Sample_Triangular_MeanIsThatOfTheDistribution()
    {
        var random = new Random(9);
        var mean = Enumerable.Range(0, 20000).Select(_ => SensitivityRunner.Sample(random, new Interval(0, 30), 20, DrawDistribution.Triangular)).Average();
        mean.ShouldBe((0 + 30 + 20) / 3.0, 0.2);
    }

    [Fact]
    public void Quantile_InterpolatesBetweenOrderStatistics() =>
        SensitivityRunner.Quantile([1, 2, 3, 4], 0.5).ShouldBe(2.5);
}
