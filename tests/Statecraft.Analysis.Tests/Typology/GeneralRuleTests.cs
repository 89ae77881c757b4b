using Statecraft.Cases.Model;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Typology;

/// <summary>One synthetic case per general rule of docs/model.md (Eqs. A7b, A7c, A8b, A9b, A10a), each written from the rule alone.</summary>
public class GeneralRuleTests
{
    private static readonly AnalysisOptions WithWeights = AnalysisOptions.Default with
    {
        Goldstein = code => code switch { "163" => -8, "125" => -5, "111" => -2, "042" => 1.9, _ => null },
    };

    private static IReadOnlyList<P> AwayFromFocal =>
    [
        new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.5, 0.5),
        new("f-leader", "after", 80, 0.8, 0.2), new("p-new", "after", 10, 0.9, 0.9),
    ];

    /// <summary>Eq. A10a: counter-tariffs (CAMEO 163) against the partner on the issue are resistance, before any other branch.</summary>
    [Fact]
    public void Resist_FocalImposesCounterTariffsOnThePartner()
    {
        var c = Build(AwayFromFocal, extraStimuli: """
              - { id: counter-tariffs, date: 2020-06-01, kind: tariff, actor: f-leader, target: NZL, issues: [issue], cameo: "163", summary: "Counter-tariffs.", source: s }
            """);

        var issue = CaseAnalyzer.Analyze(c, options: WithWeights).Issues[0];

        issue.Label.ShouldBe(ResponseLabel.Resist);
        issue.Phases[0].Rule.ShouldContain("counter-tariffs");
    }

    /// <summary>Eq. A10a: criticism (CAMEO 111, Goldstein -2) is not a counter-measure: the same case is adapt.</summary>
    [Fact]
    public void Resist_NotForCriticism()
    {
        var c = Build(AwayFromFocal, extraStimuli: """
              - { id: criticism, date: 2020-06-01, kind: statement, actor: f-leader, target: NZL, issues: [issue], cameo: "111", summary: "Criticism.", source: s }
            """);

        CaseAnalyzer.Analyze(c, options: WithWeights).Issues[0].Label.ShouldBe(ResponseLabel.Adapt);
    }

    /// <summary>Eq. A7b: the new partner leader keeps the old demand but makes it much more salient (0.3 to 0.9): pressing counts as moving away.</summary>
    [Fact]
    public void Pressing_SameDistantDemandMoreSalient_IsAMoveAway()
    {
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 20, 0.3, 0.5),
            new("f-leader", "after", 80, 0.8, 0.2), new("p-new", "after", 20, 0.9, 0.9)]);

        var issue = CaseAnalyzer.Analyze(c).Issues[0];

        issue.Label.ShouldBe(ResponseLabel.Adapt);
        CaseAnalyzer.Analyze(c, options: AnalysisOptions.Default with { SalienceThreshold = 0.7 }).Issues[0].Label.ShouldBe(ResponseLabel.None);
    }

    private static IReadOnlyList<P> SameDistantDemand =>
    [
        new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 20, 0.5, 0.5),
        new("f-leader", "after", 80, 0.8, 0.2), new("p-new", "after", 20, 0.5, 0.9),
    ];

    /// <summary>
    /// Eq. A7c: the new partner leader keeps the old demand at the old salience but backs it with sanctions on the focal
    /// state (CAMEO 163, Goldstein -8): coercion counts as moving away, so the label comes from the bargaining branch of
    /// Eq. A10 (assuage or adapt, whichever the forecast gives); without it nothing moved.
    /// </summary>
    [Fact]
    public void Coercion_SameDistantDemandBackedBySanctions_IsAMoveAway()
    {
        var quiet = Build(SameDistantDemand);
        var coerced = Build(SameDistantDemand, extraStimuli: """
              - { id: sanctions, date: 2020-06-01, kind: sanction, actor: p-new, target: AUS, issues: [issue], cameo: "163", summary: "Sanctions.", source: s }
            """);

        CaseAnalyzer.Analyze(quiet, options: WithWeights).Issues[0].Label.ShouldBe(ResponseLabel.None);
        var phase = CaseAnalyzer.Analyze(coerced, options: WithWeights).Issues[0].Phases[0];
        phase.Label.ShouldBeOneOf(ResponseLabel.Assuage, ResponseLabel.Adapt);
        phase.Rule.ShouldStartWith("the partner pressed by coercion (sanctions)");
    }

    /// <summary>Eq. A7c: coercion of a third party on the issue, over the focal state's head, presses the focal state too.</summary>
    [Fact]
    public void Coercion_OfAThirdPartyOnTheIssue_IsAMoveAway()
    {
        var c = Build(SameDistantDemand, extraStimuli: """
              - { id: third-party-sanctions, date: 2020-06-01, kind: sanction, actor: p-new, target: IDN, issues: [issue], cameo: "163", summary: "Sanctions on the third party's firms.", source: s }
            """);

        CaseAnalyzer.Analyze(c, options: WithWeights).Issues[0].Phases[0].Rule.ShouldStartWith("the partner pressed by coercion (third-party-sanctions)");
    }

    /// <summary>Eq. A7c: a cooperative act (CAMEO 042, Goldstein 1.9) or one on another issue is not coercion: nothing moved.</summary>
    [Fact]
    public void Coercion_NotForCooperationOrAnotherIssue()
    {
        var c = Build(SameDistantDemand, extraStimuli: """
              - { id: visit, date: 2020-06-01, kind: visit, actor: p-new, target: AUS, issues: [issue], cameo: "042", summary: "A visit.", source: s }
              - { id: elsewhere, date: 2020-06-01, kind: sanction, actor: p-new, target: AUS, issues: [other], cameo: "163", summary: "Sanctions on another issue.", source: s }
            """, extraIssue: true);

        CaseAnalyzer.Analyze(c, options: WithWeights).Issues[0].Label.ShouldBe(ResponseLabel.None);
    }

    /// <summary>Eq. A7b: the partner makes an aim it shares with the focal state much more salient: exploit.</summary>
    [Fact]
    public void Engaging_SharedAimMoreSalient_IsExploit()
    {
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.2, 0.5),
            new("f-leader", "after", 80, 0.8, 0.5), new("p-new", "after", 80, 0.8, 0.5)]);

        CaseAnalyzer.Analyze(c).Issues[0].Label.ShouldBe(ResponseLabel.Exploit);
    }

    /// <summary>
    /// Eq. A9b: the focal state moves from 80 to 30, towards a third party at 30, but the partner moved to 30 too: it follows
    /// the partner (adapt), it does not build options away from it (not hedge).
    /// </summary>
    [Fact]
    public void Hedge_NotWhenTheMoveFollowsThePartner()
    {
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 80, 0.5, 0.5),
            new("f-leader", "after", 30, 0.8, 0.2), new("p-new", "after", 30, 0.9, 0.9), new("t-leader", "after", 30, 0.5, 0.3)]);

        CaseAnalyzer.Analyze(c).Issues[0].Label.ShouldBe(ResponseLabel.Adapt);
    }

    /// <summary>
    /// Eq. A8b: on this issue the partner stays put, but it acted over the focal state's head on another issue (an event, not a
    /// stimulus: both count): the relationship is unreliable, and the focal state's opening to a third party is a hedge.
    /// </summary>
    [Fact]
    public void Hedge_RelationshipUnreliableThroughAnEventOnAnotherIssue()
    {
        var positions = new List<P>
        {
            new("f-leader", "before", 50, 0.8, 0.5), new("p-old", "before", 50, 0.5, 0.5),
            new("f-leader", "after", 20, 0.8, 0.5), new("p-new", "after", 50, 0.5, 0.5), new("t-leader", "after", 10, 0.5, 0.3),
        };
        var quiet = Build(positions);
        var overHead = Build(positions, extraStimuli: """
            events:
              - { id: deal-over-head, date: 2020-03-01, kind: agreement, actor: p-new, target: IDN, issues: [other], summary: "A deal with the third party on another issue.", source: s }
            """, extraIssue: true);

        CaseAnalyzer.Analyze(quiet).Issues[0].Label.ShouldBe(ResponseLabel.None);
        var phase = CaseAnalyzer.Analyze(overHead).Issues[0].Phases[0];
        phase.Label.ShouldBe(ResponseLabel.Hedge);
        phase.Rule.ShouldContain("deal-over-head");
    }

    /// <summary>Eq. A1b: the old partner leader, out of office after 2019, does not carry a position into the later periods; a lobby does.</summary>
    [Fact]
    public void Positions_EndWithTheOfficeThatGaveThem()
    {
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 20, 0.5, 0.5),
            new("f-leader", "after", 80, 0.8, 0.5), new("p-new", "after", 60, 0.5, 0.5), new("p-old", "after", 20, 0.5, 0.5), new("lobby", "after", 30, 0.5, 0.5)]);
        var view = new CaseView(c, AnalysisOptions.Default);

        var later = view.PositionsIn(c.Issues[0], c.FindPeriod("later")!).Select(p => p.Actor).ToList();

        later.ShouldNotContain("p-old");
        later.ShouldContain("lobby");
        later.ShouldContain("p-new");
    }

    /// <summary>The summary label folds repeats: exploit, exploit becomes "exploit"; exploit, hedge stays "exploit → hedge".</summary>
    [Fact]
    public void SummaryLabel_FoldsRepeats()
    {
        var c = Build([
            new("f-leader", "before", 80, 0.8, 0.5), new("p-old", "before", 20, 0.5, 0.5),
            new("f-leader", "after", 80, 0.8, 0.5), new("p-new", "after", 75, 0.5, 0.5)]);

        CaseAnalyzer.Analyze(c).Issues[0].SummaryLabel.ShouldBe("exploit");
    }
}
