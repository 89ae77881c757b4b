using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Bargaining.Tests.Properties;

/// <summary>Issue test (d): properties every model must have, checked by FsCheck on random tables.</summary>
public sealed class ModelPropertyTests
{
    private static readonly BargainingOptions Options = new() { MaxRounds = 8 };

    public static TheoryData<string> Models() => [.. BargainingModels.Names];

    [Theory]
    [MemberData(nameof(Models))]
    public void Run_AnyIssue_ForecastLiesWithinThePositions(string name)
    {
        // Given
        var model = BargainingModels.Find(name)!;

        // When / Then
        IssueGenerators.Check(IssueGenerators.Issues(), issue =>
        {
            var forecast = model.Run(issue, Options).Forecast;
            var positions = issue.Actors.Select(a => a.Position).ToList();
            return forecast >= positions.Min() - 1e-9 && forecast <= positions.Max() + 1e-9;
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Run_ActorsReversed_SameForecast(string name)
    {
        // Given
        var model = BargainingModels.Find(name)!;

        // When / Then
        IssueGenerators.Check(IssueGenerators.Issues(), issue =>
        {
            var reversed = new IssueTable(issue.Actors.Reverse(), issue.Scale, issue.StatusQuo);
            return Close(model.Run(issue, Options).Forecast, model.Run(reversed, Options).Forecast, 100);
        }, 300);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Run_ScaleShiftedAndStretched_ForecastMovesWithIt(string name)
    {
        // Given
        var model = BargainingModels.Find(name)!;
        const double Shift = -37.5, Stretch = 2.5;

        // When / Then
        IssueGenerators.Check(IssueGenerators.Issues(), issue =>
        {
            var moved = new IssueTable(issue.Actors.Select(a => a with { Position = Shift + (Stretch * a.Position) }));
            return Close(Shift + (Stretch * model.Run(issue, Options).Forecast), model.Run(moved, Options).Forecast, Stretch * 100);
        }, 300);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Run_AllActorsAgree_ForecastIsTheirPosition(string name)
    {
        // Given
        var model = BargainingModels.Find(name)!;

        // When / Then
        IssueGenerators.Check(IssueGenerators.Agreeing(), issue =>
        {
            var result = model.Run(issue, Options);
            var position = issue.Actors[0].Position;
            return Close(result.Forecast, position, 100) && Close(result.Final.Mean, position, 100);
        });
    }

    [Fact]
    public void Run_PaperFaithfulMode_ForecastLiesWithinThePositions()
    {
        // Given
        var options = Options with { ExpectedUtility = ExpectedUtilityOptions.PaperFaithful with { Q = 0.5 } };

        // When / Then
        IssueGenerators.Check(IssueGenerators.Issues(), issue =>
        {
            var result = new ExpectedUtilityModel().Run(issue, options);
            var positions = issue.Actors.Select(a => a.Position).ToList();
            return result.Rounds.All(r => r.Positions.All(double.IsFinite) && r.RiskExponents.All(x => x is >= 0.5 and <= 2))
                && result.Forecast >= positions.Min() - 1e-9 && result.Forecast <= positions.Max() + 1e-9;
        });
    }

    private static bool Close(double a, double b, double range) => Math.Abs(a - b) <= 1e-7 * range;
}
