using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining.Tests.Spatial;

public sealed class SpatialStatisticsTests
{
    [Fact]
    public void Initial_EmissionStandards_MedianIsSevenAndMeanIs7389956()
    {
        // Given (issue test (a): BDM 1994 Table 1)
        var issue = ReferenceData.EmissionStandards();

        // When
        var median = new WeightedMedianModel().Run(issue, BargainingOptions.Default).Forecast;
        var mean = new CompromiseModel().Run(issue, BargainingOptions.Default).Forecast;

        // Then
        median.ShouldBe(7.0);
        mean.ShouldBe(7.389956, 5e-7);
    }

    [Fact]
    public void WeightedMedian_ExactlyHalfTheWeightOnEachSide_TieRuleDecides()
    {
        // Given
        double[] positions = [10, 0];
        double[] weights = [1, 1];

        // When
        var lower = SpatialStatistics.WeightedMedian(positions, weights, MedianTie.Lower);
        var midpoint = SpatialStatistics.WeightedMedian(positions, weights, MedianTie.Midpoint);

        // Then
        lower.ShouldBe(0);
        midpoint.ShouldBe(5);
    }

    [Fact]
    public void WeightedMedian_OneHeavyActor_IsItsPosition()
    {
        // Given
        double[] positions = [1, 2, 3, 9];
        double[] weights = [1, 1, 1, 4];

        // When
        var median = SpatialStatistics.WeightedMedian(positions, weights, MedianTie.Lower);

        // Then
        median.ShouldBe(9);
    }

    [Fact]
    public void WeightedStatistics_AllWeightsZero_FallBackToEqualWeights()
    {
        // Given
        double[] positions = [0, 4, 8];
        double[] weights = [0, 0, 0];

        // When
        var mean = SpatialStatistics.WeightedMean(positions, weights);
        var median = SpatialStatistics.WeightedMedian(positions, weights, MedianTie.Lower);

        // Then
        mean.ShouldBe(4);
        median.ShouldBe(4);
    }
}
