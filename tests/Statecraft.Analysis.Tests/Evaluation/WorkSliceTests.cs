using System.Text.Json;
using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Testing;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Evaluation;

/// <summary>The seams that let a sweep or a calibration grid run in slices (issue 16): slices merged give the one-run result, bit for bit.</summary>
public class WorkSliceTests
{
    [Fact]
    public void ScoreCase_GridInUnevenSlices_FromScoresEqualsLeaveOneCaseOut()
    {
        // Given
        var cases = new[] { MovedCloser("case-a", 12, ResponseLabel.Exploit), MovedCloser("case-b", 17, ResponseLabel.None), MovedCloser("case-c", 8, ResponseLabel.Exploit) };
        var grid = ParameterSetting.Grid();
        int[] cuts = [0, 1, 50, 333, grid.Count];

        // When
        var scores = cases.Select(c => (IReadOnlyList<CaseScore>)[.. cuts.Zip(cuts.Skip(1), (a, b) => Calibration.ScoreCase(c, [.. grid.Skip(a).Take(b - a)], AnalysisOptions.Default)).SelectMany(s => s)]).ToList();
        var sliced = Calibration.FromScores([.. cases.Select(c => c.Id)], scores, AnalysisOptions.Default);
        var whole = Calibration.LeaveOneCaseOut(cases, AnalysisOptions.Default);

        // Then
        JsonSerializer.Serialize(sliced).ShouldBe(JsonSerializer.Serialize(whole));
    }

    [Fact]
    public void FromScores_ScoresMissingASetting_Throws()
    {
        var c = MovedCloser("case-a", 12, ResponseLabel.Exploit);
        var scores = Calibration.ScoreCase(c, [.. ParameterSetting.Grid().Skip(1)], AnalysisOptions.Default);
        Should.Throw<ArgumentException>(() => Calibration.FromScores([c.Id], [scores], AnalysisOptions.Default));
    }

    [Fact]
    public void RunDraws_BlocksMerged_EqualOneRun()
    {
        // Given
        var reference = CaseLoader.Load(RepoPaths.ReferenceCase);
        var request = new SensitivityRequest(120, 5);

        // When
        var blocks = new[] { (0, 40), (40, 41), (41, 120) }.Select(r => SensitivityRunner.RunDraws(reference, AnalysisOptions.Default, request, r.Item1, r.Item2)).ToList();
        var merged = SensitivityRunner.Merge(reference, request, blocks);
        var whole = SensitivityRunner.Run(reference, AnalysisOptions.Default, request);

        // Then
        JsonSerializer.Serialize(merged).ShouldBe(JsonSerializer.Serialize(whole));
    }

    [Fact]
    public void Merge_BlocksWithAGap_Throws()
    {
        var reference = CaseLoader.Load(RepoPaths.ReferenceCase);
        var request = new SensitivityRequest(30, 5);
        var blocks = new[] { (0, 10), (20, 30) }.Select(r => SensitivityRunner.RunDraws(reference, AnalysisOptions.Default, request, r.Item1, r.Item2)).ToList();
        Should.Throw<ArgumentException>(() => SensitivityRunner.Merge(reference, request, blocks));
    }

    /// <summary>The partner moves <paramref name="points"/> towards the focal leader (as in EvaluationTests' hand-checked folds).</summary>
    private static Case MovedCloser(string id, double points, ResponseLabel observed) =>
        Build([new("f-leader", "before", 50, 0.8, 1), new("f-leader", "after", 50, 0.8, 1), new("p-old", "before", 80, 0.5, 1), new("p-new", "after", 80 - points, 0.5, 1)]) with
        {
            Id = id,
            Observed = [new Observation { Issue = "issue", Label = observed, Outcome = 60, Provenance = new Provenance("s", null) }],
        };
}
