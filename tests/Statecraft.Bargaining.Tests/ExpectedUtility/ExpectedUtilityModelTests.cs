using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Bargaining.Tests.ExpectedUtility;

public sealed class ExpectedUtilityModelTests
{
    private static readonly ExpectedUtilityModel Model = new();

    [Fact]
    public void Run_TwoActors_NoDivisionByZeroAndRiskNeutral()
    {
        // Given: with n = 2 the security sums have no spread (lesson 4).
        var issue = new IssueTable([new BargainingActor("a", 1, 0, 0.5), new BargainingActor("b", 1, 10, 0.5)]);

        // When
        var result = Model.Run(issue, BargainingOptions.Default);

        // Then
        result.Rounds.Skip(1).ShouldAllBe(r => r.RiskExponents.All(x => x == 1.0) && r.Positions.All(double.IsFinite));
        double.IsFinite(result.Forecast).ShouldBeTrue();
    }

    [Fact]
    public void Run_AllActorsAtOnePoint_StopsAfterOneRoundWithoutMoves()
    {
        // Given
        var issue = new IssueTable([new BargainingActor("a", 1, 3, 0.5), new BargainingActor("b", 2, 3, 0.9), new BargainingActor("c", 1, 3, 0.1)]);

        // When
        var result = Model.Run(issue, BargainingOptions.Default);

        // Then
        result.Converged.ShouldBeTrue();
        result.Rounds.Length.ShouldBe(2);
        result.Rounds[1].Moves.ShouldBeEmpty();
        result.Forecast.ShouldBe(3);
    }

    [Fact]
    public void Run_RoundCap_PlaysExactlyThatManyRounds()
    {
        // Given
        var options = new BargainingOptions { MaxRounds = 3, ConvergenceTolerance = 0 };

        // When
        var result = Model.Run(ReferenceData.EmissionStandards(), options);

        // Then
        result.Rounds.Select(r => r.Round).ShouldBe([0, 1, 2, 3]);
        result.Converged.ShouldBeFalse();
    }

    [Fact]
    public void Run_SultanCase_NobodyMovesAsInTheReference()
    {
        // Given (sultan_ref_jmckib.json: no actor ever moves; median 13.9, weighted mean 13.6199)
        var options = new BargainingOptions { ExpectedUtility = ExpectedUtilityOptions.ScholzCode };

        // When
        var result = Model.Run(ReferenceData.Sultan(), options);

        // Then
        result.Rounds.ShouldAllBe(r => r.Moves.IsEmpty);
        result.Forecast.ShouldBe(13.9);
        result.Final.Mean.ShouldBe(13.6199, 5e-5);
    }

    [Fact]
    public void Run_QBelowOne_TermsForTAndNoChallengeChangeTheTrajectory()
    {
        // Given: Scholz notes that Q = 0.5 moves Greece and Belgium into other quadrants.
        var issue = ReferenceData.EmissionStandards();

        // When
        var q1 = Model.Run(issue, new BargainingOptions { MaxRounds = 3 });
        var q05 = Model.Run(issue, new BargainingOptions { MaxRounds = 3, ExpectedUtility = ExpectedUtilityOptions.Default with { Q = 0.5 } });

        // Then
        q05.Rounds.Skip(1).SelectMany(r => r.Positions).ShouldAllBe(x => double.IsFinite(x) && x >= 4 && x <= 10);
        q05.Rounds[1].Positions.ShouldNotBe(q1.Rounds[1].Positions);
    }

    [Fact]
    public void Run_ManyThreadsAtOnce_SameResultsAsOneThread()
    {
        // Given
        var issues = Enumerable.Range(0, 16).Select(Shifted).ToList();
        var expected = issues.Select(i => Model.Run(i, BargainingOptions.Default).Forecast).ToList();

        // When
        var parallel = new double[issues.Count * 8];
        Parallel.For(0, parallel.Length, k => parallel[k] = Model.Run(issues[k % issues.Count], BargainingOptions.Default).Forecast);

        // Then
        for (var k = 0; k < parallel.Length; k++)
        {
            parallel[k].ShouldBe(expected[k % issues.Count]);
        }
    }

    [Fact]
    public void Run_ActorTableSizesVaryOnOneThread_ScratchSpaceIsReset()
    {
        // Given
        var small = ReferenceData.EmissionStandards();
        var large = ReferenceData.Sultan();
        var first = Model.Run(small, BargainingOptions.Default);

        // When
        Model.Run(large, BargainingOptions.Default);
        var again = Model.Run(small, BargainingOptions.Default);

        // Then
        again.Rounds.Select(r => r.Median).ShouldBe(first.Rounds.Select(r => r.Median));
    }

    private static IssueTable Shifted(int k)
    {
        var issue = ReferenceData.EmissionStandards();
        return new IssueTable(issue.Actors.Select((a, i) => a with { Position = a.Position + ((i * k) % 3) }));
    }
}
