using Statecraft.Store.Shocks;

namespace Statecraft.Store.Tests.Shocks;

public sealed class ChangePointsTests
{
    [Fact]
    public void Find_TwoSteps_FindsBoth()
    {
        // Given: means 1, 6, 2 with noise of ±0.5
        double[] values = [1.5, 0.5, 1.5, 0.5, 1.5, 6.5, 5.5, 6.5, 5.5, 6.5, 2.5, 1.5, 2.5, 1.5, 2.5];

        // When
        var found = ChangePoints.Find(values, penaltyFactor: 2, minSegment: 2);

        // Then
        found.ShouldBe([5, 10]);
    }

    [Fact]
    public void Find_NoiseWithoutShift_FindsNothing()
    {
        // Given
        double[] values = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2];

        // When
        var found = ChangePoints.Find(values, penaltyFactor: 2, minSegment: 2);

        // Then
        found.ShouldBeEmpty();
    }

    [Fact]
    public void NoiseVariance_AlternatingSeries_IsHalfMeanSquaredDifference()
    {
        // Given: every difference is ±1, so σ̂² = Σd² / (2(n-1)) = 1/2
        double[] values = [0, 1, 0, 1, 0];

        // When
        var variance = ChangePoints.NoiseVariance(values);

        // Then
        variance.ShouldBe(0.5);
    }
}

public sealed class BootstrapTests
{
    [Fact]
    public void DifferenceOfMeans_ConstantSamples_GivesPointInterval()
    {
        // Given
        double[] before = [2, 2, 2];
        double[] after = [5, 5];

        // When
        var (low, high) = Bootstrap.DifferenceOfMeans(before, after, 500, seed: 1);

        // Then
        (low, high).ShouldBe((3.0, 3.0));
    }

    [Fact]
    public void Percentile_Type7_InterpolatesBetweenOrderStatistics()
    {
        // Given
        double[] sorted = [1, 2, 3, 4, 5];

        // When
        var p = Bootstrap.Percentile(sorted, 0.1);

        // Then
        p.ShouldBe(1.4, 1e-12);
    }
}
