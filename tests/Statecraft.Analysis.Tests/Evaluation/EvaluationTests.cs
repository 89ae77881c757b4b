using Statecraft.Analysis.Evaluation;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Testing;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Evaluation;

/// <summary>The scoreboard of docs/model.md, Eqs. E1-E3: what it reads, what it leaves out, and leave-one-case-out on hand-checked folds.</summary>
public class EvaluationTests
{
    private static IEnumerable<string> Library() =>
        Directory.GetDirectories(RepoPaths.Of("cases")).Where(d => File.Exists(Path.Combine(d, "case.yaml"))).Order(StringComparer.Ordinal);

    public static TheoryData<string> LibraryCases => [.. Library().Select(d => Path.GetFileName(d))];

    /// <summary>The engine never reads the observed fields: scrambling them leaves every engine output as it was.</summary>
    [Theory]
    [MemberData(nameof(LibraryCases))]
    public void Score_ObservedFieldsScrambled_EngineOutputsUnchanged(string id)
    {
        // Given
        var original = CaseLoader.Load(RepoPaths.Of("cases", id));
        var scrambled = original with
        {
            Observed = [.. original.Observed.Select(o => o with
            {
                Label = o.Label == ResponseLabel.Hedge ? ResponseLabel.Assuage : ResponseLabel.Hedge,
                Outcome = o.Outcome is { } x ? 100 - x : 13,
                Phases = [.. o.Phases.Select(p => p with { Label = ResponseLabel.Resist })],
            })],
            BasicVector = original.BasicVector is { } v ? v with { Held = !v.Held } : new ObservedVector(false, null, null, new Provenance("s", null)),
        };

        // When
        var a = CaseScorer.Score(original, AnalysisOptions.Default);
        var b = CaseScorer.Score(scrambled, AnalysisOptions.Default);
        var full = CaseAnalyzer.Analyze(original);
        var fullScrambled = CaseAnalyzer.Analyze(scrambled);

        // Then
        b.Verdict.ShouldBe(a.Verdict);
        b.Issues.Select(i => (i.Label, i.Forecast, i.Baselines)).ShouldBe(a.Issues.Select(i => (i.Label, i.Forecast, i.Baselines)));
        b.Issues.SelectMany(i => i.PhaseLabels).ShouldBe(a.Issues.SelectMany(i => i.PhaseLabels));
        fullScrambled.Issues.Select(i => (i.Label, i.Forecast, i.ForecastWithoutPersuasion, i.Implementation.Outcome))
            .ShouldBe(full.Issues.Select(i => (i.Label, i.Forecast, i.ForecastWithoutPersuasion, i.Implementation.Outcome)));
        fullScrambled.Issues.SelectMany(i => i.Counterfactuals.Select(c => (c.Label, c.Forecast)))
            .ShouldBe(full.Issues.SelectMany(i => i.Counterfactuals.Select(c => (c.Label, c.Forecast))));
    }

    [Fact]
    public void Summary_LeavesOutUnknownLabelsAndMissingOutcomes()
    {
        // Given: one issue observed, the other with an unknown label and no outcome.
        var known = Scored("a", ResponseLabel.Exploit, outcome: 60);
        var unknown = Scored("b", ResponseLabel.Unknown, outcome: null);

        // When
        var summary = EvaluationSummary.Of([known, unknown]);

        // Then
        summary.Issues.ShouldBe(2);
        summary.IssuesWithoutLabel.ShouldBe(1);
        summary.IssuesWithoutOutcome.ShouldBe(1);
        summary.Labels.Scored.ShouldBe(1);
        summary.Mae[Methods.StatusQuo]!.Value.ShouldBe(10, 1e-9); // |50 - 60| on a 0..100 scale
    }

    /// <summary>
    /// Three one-issue cases in which the partner moves 12, 17 and 8 points closer to the focal state's 50, observed as
    /// exploit, none and exploit. Only <c>MoveThreshold</c> changes a label (no ties, no third party), so the folds can be
    /// checked by hand (hits per threshold 0.05/0.1/0.15/0.2: A 1,1,0,0; B 0,0,0,1; C 1,0,0,0):
    /// leaving out A, B+C give 1,0,0,1 and the tie goes to 0.05, nearer the default 0.1 than 0.2: A is exploit, a hit;
    /// leaving out B, A+C give 2,1,0,0: 0.05, and B is exploit, a miss; leaving out C, A+B give 1,1,0,1: the default 0.1,
    /// and C is none, a miss.
    /// </summary>
    [Fact]
    public void LeaveOneCaseOut_ThreeSyntheticCases_GivesTheHandCheckedFolds()
    {
        // Given
        var cases = new[] { MovedCloser("case-a", 12, ResponseLabel.Exploit), MovedCloser("case-b", 17, ResponseLabel.None), MovedCloser("case-c", 8, ResponseLabel.Exploit) };

        // When
        var loo = Calibration.LeaveOneCaseOut(cases, AnalysisOptions.Default);

        // Then
        loo.Folds.Select(f => f.Setting.ByName["MoveThreshold"]).ShouldBe([0.05, 0.05, 0.1]);
        loo.Folds.Select(f => f.Score.Issues[0].Label).ShouldBe([ResponseLabel.Exploit, ResponseLabel.Exploit, ResponseLabel.None]);
        loo.OutOfSample.Labels.ShouldBe(new Accuracy(1, 3));
        foreach (var fold in loo.Folds)
        {
            // Nothing else changes a result, so every other parameter stays at its documented default.
            fold.Setting.ByName["NearThreshold"].ShouldBe(0.1);
            fold.Setting.ByName["PersuasionStrength"].ShouldBe(0.5);
        }

        loo.Parameters.Single(p => p.Name == "MoveThreshold").ShouldBe(new ParameterSpread("MoveThreshold", 0.05, 0.05, 0.1));
    }

    /// <summary>A fold's choice never depends on the left-out case's own observed fields.</summary>
    [Fact]
    public void LeaveOneCaseOut_LeftOutCaseObservedChanged_ItsFoldKeepsItsSetting()
    {
        var cases = new[] { MovedCloser("case-a", 12, ResponseLabel.Exploit), MovedCloser("case-b", 17, ResponseLabel.None), MovedCloser("case-c", 8, ResponseLabel.Exploit) };
        var flipped = cases.ToArray();
        flipped[2] = MovedCloser("case-c", 8, ResponseLabel.None);

        var a = Calibration.LeaveOneCaseOut(cases, AnalysisOptions.Default);
        var b = Calibration.LeaveOneCaseOut(flipped, AnalysisOptions.Default);

        b.Folds[2].Setting.Values.ShouldBe(a.Folds[2].Setting.Values, "the fold that leaves case-c out must not see case-c");
        b.Folds[2].Score.Issues[0].ObservedLabel.ShouldBe(ResponseLabel.None);
    }

    private static Case MovedCloser(string id, double points, ResponseLabel observed)
    {
        var c = Build([new("f-leader", "before", 50, 0.8, 1), new("f-leader", "after", 50, 0.8, 1), new("p-old", "before", 80, 0.5, 1), new("p-new", "after", 80 - points, 0.5, 1)]);
        return c with
        {
            Id = id,
            Observed = [new Observation { Issue = "issue", Label = observed, Outcome = 60, Provenance = new Provenance("s", null) }],
        };
    }

    private static CaseScore Scored(string issue, ResponseLabel observed, double? outcome) =>
        new("c", "undetermined", null, [new IssueScore(issue, ResponseLabel.Exploit, observed == ResponseLabel.Unknown ? null : observed, [ResponseLabel.Exploit], [null], 55, outcome, new Baselines(50, 70, 55, 55, 55), 100)], ["after"]);
}
