using Statecraft.Cases.Model;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Typology;

/// <summary>One synthetic case per label, each built to produce that label from the rules of docs/model.md alone.</summary>
public class ResponseRuleTests
{
    private static CaseAnalysis Analyze(Case c, AnalysisOptions? options = null) => CaseAnalyzer.Analyze(c, options: options);

    [Fact]
    public void Exploit_PartnerMovesTowardsFocalIdeal()
    {
        // Given: the new partner leader stands at 75, the old one at 20; the focal ideal is 80 (Eq. A6: delta = -0.55).
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 20, 0.5, 0.5),
            new("f-leader", "after", 80, 0.8, 0.5), new("p-new", "after", 75, 0.5, 0.5)]);

        // When
        var issue = Analyze(c).Issues[0];

        // Then
        issue.Label.ShouldBe(ResponseLabel.Exploit);
        issue.Phases[0].PartnerMove!.Value.ShouldBe(-0.55, 1e-9);
    }

    [Fact]
    public void Assuage_PartnerMovesAwayButBargainingReturnsNearFocalIdeal()
    {
        // Given: the partner moves from 80 to 40, but the focal side outweighs it, so the forecast stays near 80 (Eq. A10).
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.5, 0.5),
            new("f-leader", "after", 80, 0.9, 0.6), new("lobby", "after", 80, 0.9, 0.4), new("p-new", "after", 40, 0.4, 0.3)]);

        // When
        var issue = Analyze(c).Issues[0];

        // Then
        issue.Label.ShouldBe(ResponseLabel.Assuage);
        issue.Phases[0].Forecast!.Value.ShouldBe(80, 10);
    }

    [Fact]
    public void Adapt_PartnerMovesAwayAndDominatesTheBargaining()
    {
        // Given: the partner moves from 80 to 10 and holds most of the capability.
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.5, 0.5),
            new("f-leader", "after", 80, 0.8, 0.2), new("p-new", "after", 10, 0.9, 0.9)]);

        // When
        var issue = Analyze(c).Issues[0];

        // Then
        issue.Label.ShouldBe(ResponseLabel.Adapt);
        issue.Phases[0].Forecast!.Value.ShouldBeLessThan(30);
    }

    [Fact]
    public void Hedge_FocalOpensToThirdPartyWhileThePartnerJumps()
    {
        // Given: after the shock the partner comes closer (40 to 60 next to the focal 90: exploit); later it jumps from 60
        // to 100 and the focal state moves from 90 to 50, towards the third state at 10 and away from the partner (Eqs. A8-A9b).
        var c = Build([
            new("f-leader", "before", 90, 0.8, 0.5), new("p-old", "before", 40, 0.5, 0.5),
            new("f-leader", "after", 90, 0.8, 0.5), new("p-new", "after", 60, 0.5, 0.5), new("t-leader", "after", 10, 0.9, 0.3),
            new("f-leader", "later", 50, 0.8, 0.5), new("p-new", "later", 100, 0.5, 0.5)]);

        // When
        var issue = Analyze(c).Issues[0];

        // Then
        issue.Phases.Select(p => p.Label).ShouldBe([ResponseLabel.Exploit, ResponseLabel.Hedge]);
        issue.Phases[1].Opening!.Value.Actor.ShouldBe("t-leader");
    }

    [Fact]
    public void Hedge_PartnerActsOverFocalHeadOnTheIssue()
    {
        // Given: the partner barely moves but strikes a deal with the third state without the focal state (Eq. A8),
        // and the focal state moves towards the third state.
        var overHead = "  - { id: deal, date: 2021-03, kind: agreement, actor: p-new, target: t-leader, issues: [issue], summary: \"A deal over the focal state's head.\", source: s }";
        var c = Build(
            [
                new("f-leader", "before", 90, 0.8, 0.5), new("p-old", "before", 60, 0.5, 0.5),
                new("f-leader", "after", 90, 0.8, 0.5), new("p-new", "after", 85, 0.5, 0.5), new("t-leader", "after", 10, 0.9, 0.3),
                new("f-leader", "later", 60, 0.8, 0.5),
            ],
            extraStimuli: overHead);

        // When
        var issue = Analyze(c).Issues[0];

        // Then
        issue.Phases[1].Label.ShouldBe(ResponseLabel.Hedge);
        issue.Phases[1].OverHead.ShouldBe(["deal"]);
    }

    [Fact]
    public void None_PartnerKeepsItsPosition()
    {
        var c = Build([
            new("f-leader", "before", 70, 0.8, 0.5), new("p-old", "before", 65, 0.5, 0.5),
            new("f-leader", "after", 70, 0.8, 0.5), new("p-new", "after", 66, 0.5, 0.5)]);

        Analyze(c).Issues[0].Phases.Select(p => p.Label).ShouldBe([ResponseLabel.None, ResponseLabel.None]);
    }

    [Fact]
    public void Persuasion_TurnsAdaptIntoAssuage_WhenTheLeadersAreClose()
    {
        // Given: a partner that moved away, an even balance, and the compromise model (a smooth forecast).
        P[] positions = [
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.5, 0.5),
            new("f-leader", "after", 80, 0.8, 0.5), new("p-new", "after", 40, 0.3, 0.5)];
        var options = AnalysisOptions.Default with { Model = "compromise" };

        // When
        var close = Analyze(Build(positions, tie: 1.0), options).Issues[0];
        var distant = Analyze(Build(positions, tie: 0.0), options).Issues[0];

        // Then
        close.Label.ShouldBe(ResponseLabel.Assuage);
        distant.Label.ShouldBe(ResponseLabel.Adapt);
        close.Counterfactuals.Single(c => c.Variable == Statecraft.Analysis.Intervening.InterveningVariable.Rapport).Label.ShouldBe(ResponseLabel.Adapt);
    }
}
