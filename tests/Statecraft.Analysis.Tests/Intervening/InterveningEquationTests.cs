using Statecraft.Analysis.Intervening;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Tests.Intervening;

/// <summary>The equations of docs/model.md that act on the bargaining table, one by one.</summary>
public class InterveningEquationTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default;

    [Fact]
    public void WithClout_ScalesCapabilityAroundAMiddleClout()
    {
        var lobby = new Actor { Id = "lobby", Kind = ActorKind.Group, Name = "Lobby", Attributes = [new ActorAttribute("clout", 0.9, Provenance.None)] };
        ActorTableBuilder.WithClout(lobby, 0.2, Options).ShouldBe(0.2 * 1.4, 1e-12);
        ActorTableBuilder.WithClout(null, 0.2, Options).ShouldBe(0.2);
    }

    [Fact]
    public void Perceived_RaisesSalienceOnlyWhereTheFearedStateTakesPart()
    {
        var leader = new Actor { Id = "l", Kind = ActorKind.Person, Name = "L", State = "AUS", Attributes = [new ActorAttribute("threatPerception:IDN", 0.9, Provenance.None)] };
        ActorTableBuilder.Perceived(leader, 0.5, new HashSet<string?> { "AUS", "IDN" }, Options).ShouldBe(0.7, 1e-12);
        ActorTableBuilder.Perceived(leader, 0.5, new HashSet<string?> { "AUS", "NZL" }, Options).ShouldBe(0.5);
    }

    [Fact]
    public void Persuaded_PullsThePartnerLessOnIssuesItCaresAbout()
    {
        ActorTableBuilder.Persuaded(100, 0.2, 50, 1, Options).ShouldBe(100 - (0.5 * 0.8 * 50), 1e-12);
        ActorTableBuilder.Persuaded(100, 1.0, 50, 1, Options).ShouldBe(100);
        ActorTableBuilder.Persuaded(100, 0.2, 50, 0, Options).ShouldBe(100);
    }

    [Fact]
    public void DefusedAndWeighted_FollowTheirEquations()
    {
        ActorTableBuilder.Defused(0.6, 1, Options).ShouldBe(0.6 * (1 - (0.5 * 0.4)), 1e-12);
        ActorTableBuilder.Weighted(0.4, 0.5, Options).ShouldBe(0.4 * 1.25, 1e-12);
    }

    [Fact]
    public void Access_IsANoisyOrOfRapportAndChannels()
    {
        // Given: f-leader -> p-new at 0.8 is the rapport; no channel.
        var c = SyntheticCase.Build([new("f-leader", "before", 50, 0.5, 0.5), new("p-old", "before", 50, 0.5, 0.5)], tie: 0.8);
        var view = new CaseView(c, Options);
        var after = c.FindPeriod("after")!;

        // Then
        Access.Of(view, after, InterveningSwitches.All, Options).ShouldBe(0.8, 1e-12);
        Access.Of(view, after, InterveningSwitches.All.Without(InterveningVariable.Rapport), Options).ShouldBe(0);
        Access.Of(view, after, InterveningSwitches.All.Without(InterveningVariable.Channels), Options).ShouldBe(0.8, 1e-12);
    }
}
