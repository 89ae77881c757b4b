using Statecraft.Analysis.Intervening;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Testing;

namespace Statecraft.Analysis.Tests.ReferenceCase;

/// <summary>
/// What the engine concludes on the reference case, from general rules. Each test names the inputs that carry its result,
/// so a reader can check that nothing is hard-wired. Whether the conclusions match what happened is not pinned here:
/// `statecraft evaluate` reports it, hits and misses alike (README, bench/README.md).
/// </summary>
public class ReferenceCaseAnalysisTests
{
    private static readonly Case Reference = CaseLoader.Load(RepoPaths.ReferenceCase);
    private static readonly CaseAnalysis Analysis = CaseAnalyzer.Analyze(Reference);

    private static Statecraft.Analysis.Typology.IssueAnalysis Issue(string id) => Analysis.Issues.Single(i => i.Issue.Id == id);

    /// <summary>Carried by: Trump's 0 against Obama's 100 on US participation, and his capability 1.0 to withdraw (Eq. A10: far from Abe's 100).</summary>
    [Fact]
    public void Tpp_IsAdapt() => Issue("tpp").Label.ShouldBe(ResponseLabel.Adapt);

    /// <summary>Carried by: Trump's 100 for a comprehensive bilateral deal against Obama's 0 (issues.yaml), far from Abe's 0.</summary>
    [Fact]
    public void BilateralTrade_IsAdapt() => Issue("bilateral-trade").Label.ShouldBe(ResponseLabel.Adapt);

    /// <summary>
    /// Carried by: Trump's 75 (containment) against Obama's 50 next to Abe's 75; then Abe's move from 75 to 25 towards Xi in
    /// `late` while Trump went to 100 and the US trade war (stimulus us-china-tariffs, January 2018) was waged over Japan's head.
    /// </summary>
    [Fact]
    public void China_IsExploitThenHedge()
    {
        Issue("china").Phases.Select(p => p.Label).ShouldBe([ResponseLabel.Exploit, ResponseLabel.Hedge]);
        Issue("china").Phases[1].Opening!.Value.Actor.ShouldBe("xi");
    }

    /// <summary>Carried by: Trump's 50 (softer line) against Obama's 25 (sanctions) next to Abe's 50.</summary>
    [Fact]
    public void Russia_IsExploit() => Issue("russia").Label.ShouldBe(ResponseLabel.Exploit);

    /// <summary>Carried by: China's capability index and its hostility towards Japan (actors.yaml), the US as the most capable less hostile state, and Japan's positions closest to the US in both periods.</summary>
    [Fact]
    public void BasicVector_Holds()
    {
        Analysis.BasicVector.Held.ShouldBeTrue();
        Analysis.BasicVector.MainThreat.ShouldBe("CHN");
        Analysis.BasicVector.BaselineAlly.ShouldBe("USA");
    }

    [Fact]
    public void ClintonWins_ChangesTheTradeLabels()
    {
        var scenario = CaseAnalyzer.Analyze(Reference, "clinton-wins");
        foreach (var id in new[] { "tpp", "bilateral-trade" })
        {
            scenario.Issues.Single(i => i.Issue.Id == id).Label.ShouldNotBe(Issue(id).Label, id);
        }
    }

    [Fact]
    public void EveryIssue_HasACounterfactualPerInterveningVariable()
    {
        foreach (var issue in Analysis.Issues)
        {
            issue.Counterfactuals.Select(c => c.Variable).ShouldBe([.. Enum.GetValues<InterveningVariable>().Select(v => (InterveningVariable?)v), null]);
            issue.Explanation.ShouldNotBeEmpty();
        }
    }
}
