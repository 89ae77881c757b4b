using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases.Model;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Sensitivity;

/// <summary>Eq. A13 on a case whose flips can be worked out by hand.</summary>
public class TippingPointsTests
{
    /// <summary>
    /// The partner moves 12 points closer to the focal 50 (80 to 68): exploit, since 0.12 &gt; MoveThreshold 0.1. The label
    /// flips to none when MoveThreshold reaches 0.12, or when the partner's new position rises past 70.
    /// </summary>
    [Fact]
    public void Of_PartnerTwelvePointsCloser_FlipsAtMoveThresholdPointTwelveAndPositionSeventy()
    {
        // Given
        var c = Build([new("f-leader", "before", 50, 0.8, 1), new("f-leader", "after", 50, 0.8, 1), new("p-old", "before", 80, 0.5, 1), new("p-new", "after", 68, 0.5, 1)]);

        // When
        var points = TippingPoints.Of(c, c.Issues[0], AnalysisOptions.Default);

        // Then
        var move = points.Single(p => p.Input == "MoveThreshold");
        move.Change!.Value.ShouldBeInRange(0.02, 0.022);
        move.Label.ShouldBe(ResponseLabel.None);
        var partner = points.Single(p => p.Input == "position p-new/after");
        partner.Change!.Value.ShouldBeInRange(2, 2.06);
        partner.Label.ShouldBe(ResponseLabel.None);
        points.Single(p => p.Input == "NearThreshold").Change.ShouldBeNull("the near threshold plays no part in exploit");
        points[0].Relative.ShouldBe(points.Where(p => p.Relative is not null).Min(p => p.Relative));
    }
}
