using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Bargaining.Tests.ExpectedUtility;

public sealed class UtilitiesTests
{
    [Theory]
    [InlineData(0, 10, 5, 1)] // the median lies between i and j: j's drift toward it approaches i
    [InlineData(5, 10, 0, 1)] // i lies between j and the median: j's drift approaches i
    [InlineData(0, 5, 10, 0)] // j lies between i and the median: j's drift moves away from i
    [InlineData(3, 8, 3, 1)] // i sits at the median
    public void T_ScholzCases_OneUnlessJIsBetweenIAndTheMedian(double xi, double xj, double median, double expected)
    {
        // Given / When
        var t = Utilities.T(xi, xj, median, TRule.ScholzCases);

        // Then
        t.ShouldBe(expected);
    }

    [Theory]
    [InlineData(5, 10, 0, 0)] // |i − μ| = 5 is not below |i − j| = 5
    [InlineData(5, 10, 4, 1)]
    public void T_MedianCloser_OneWhenTheMedianIsCloserToIThanJIs(double xi, double xj, double median, double expected)
    {
        // Given / When
        var t = Utilities.T(xi, xj, median, TRule.MedianCloser);

        // Then
        t.ShouldBe(expected);
    }

    [Fact]
    public void Power_TinyNegativeBaseWithFractionalExponent_IsZeroNotNaN()
    {
        // Given
        var noisy = 0.5 - (0.5 * (1 + 1e-16));

        // When
        var success = Utilities.Success(1 + 1e-15, 0.7);
        var power = Utilities.Power(noisy - 1e-17, 0.5);

        // Then
        success.ShouldBe(2);
        power.ShouldBe(0);
    }

    [Fact]
    public void Utilities_RiskNeutral_AreTheLinearScholzForms()
    {
        // Given
        const double D = 0.25;

        // When / Then: eq. 14's linear utility gives U_s = 2d, U_f = −2d, U_sq = 0 at r = 1.
        Utilities.Success(D, 1).ShouldBe(0.5, 1e-15);
        Utilities.Failure(D, 1).ShouldBe(-0.5, 1e-15);
        Utilities.StatusQuo(1).ShouldBe(0, 1e-15);
        Utilities.Better(0.5, D, 1).ShouldBe(0.75, 1e-15);
        Utilities.Worse(0.5, D, 1).ShouldBe(-0.75, 1e-15);
    }
}
