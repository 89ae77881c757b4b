using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining.Tests.Spatial;

public sealed class NashBargainingModelTests
{
    [Fact]
    public void Run_TwoEqualActors_SplitsTheDifference()
    {
        // Given
        var issue = new IssueTable([new BargainingActor("a", 1, 0, 1), new BargainingActor("b", 1, 10, 1)], new ScaleBounds(0, 10));

        // When
        var forecast = new NashBargainingModel().Run(issue, BargainingOptions.Default).Forecast;

        // Then
        forecast.ShouldBe(5, 1e-9);
    }

    [Fact]
    public void Run_HeavierActor_PullsTheSolutionByItsWeightShare()
    {
        // Given: gains (10 − y) and y on [0, 10]; maximising 3 ln(10 − y) + ln y gives y = 2.5.
        var issue = new IssueTable([new BargainingActor("a", 3, 0, 1), new BargainingActor("b", 1, 10, 1)], new ScaleBounds(0, 10));

        // When
        var forecast = new NashBargainingModel().Run(issue, BargainingOptions.Default).Forecast;

        // Then
        forecast.ShouldBe(2.5, 1e-9);
    }

    [Fact]
    public void Run_StatusQuoBetweenActors_NobodyCanGainSoItStays()
    {
        // Given
        var issue = new IssueTable([new BargainingActor("a", 1, 0, 1), new BargainingActor("b", 1, 10, 1)], statusQuo: 4);

        // When
        var forecast = new NashBargainingModel().Run(issue, BargainingOptions.Default).Forecast;

        // Then
        forecast.ShouldBe(4);
    }

    [Fact]
    public void Run_StatusQuoBeyondEveryone_ActorNearerTheStatusQuoGetsItsWay()
    {
        // Given: both prefer anything in [2, 8] to 20; the gains are 18 − |y − 2| and 12 − |y − 8|.
        var issue = new IssueTable([new BargainingActor("a", 1, 2, 1), new BargainingActor("b", 1, 8, 1)], statusQuo: 20);

        // When
        var forecast = new NashBargainingModel().Run(issue, BargainingOptions.Default).Forecast;

        // Then: on [2, 8] the product (20 − y)(4 + y) still rises at y = 8, and beyond 8 both gains fall.
        forecast.ShouldBe(8, 1e-9);
    }
}
