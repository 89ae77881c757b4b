namespace Statecraft.Analysis.Evaluation;

/// <summary>An accuracy: hits out of the scored items; <see cref="Value"/> is null when nothing was scored.</summary>
public sealed record Accuracy(int Hits, int Scored)
{
    public double? Value => Scored == 0 ? null : (double)Hits / Scored;

    public static Accuracy Of(IEnumerable<bool?> hits)
    {
        var scored = hits.Where(h => h is not null).ToList();
        return new Accuracy(scored.Count(h => h == true), scored.Count);
    }
}

/// <summary>
/// The scoreboard over a set of scored cases (docs/model.md, Eq. E2): label, phase and basic-vector accuracy, and each
/// method's mean absolute error in percent of the scale over the issues with an observed outcome. Issues without an
/// observed label or outcome are counted and left out of that score.
/// </summary>
public sealed record EvaluationSummary(
    int Cases,
    int Issues,
    Accuracy Labels,
    Accuracy Phases,
    Accuracy BasicVector,
    int IssuesWithoutLabel,
    int IssuesWithoutOutcome,
    IReadOnlyDictionary<string, double?> Mae)
{
    public static EvaluationSummary Of(IReadOnlyList<CaseScore> cases)
    {
        var issues = cases.SelectMany(c => c.Issues).ToList();
        var withOutcome = issues.Where(i => i.ObservedOutcome is not null).ToList();
        var mae = Methods.All.ToDictionary(
            m => m,
            m => withOutcome.Count == 0 ? (double?)null : withOutcome.Average(i => i.Error(i.Forecasts.First(f => f.Method == m).Forecast)!.Value));
        return new EvaluationSummary(
            cases.Count,
            issues.Count,
            Accuracy.Of(issues.Select(i => i.LabelHit)),
            Accuracy.Of(issues.SelectMany(i => i.PhaseLabels.Zip(i.ObservedPhaseLabels, (label, observed) => observed is null ? (bool?)null : observed == label))),
            Accuracy.Of(cases.Select(c => c.VectorHit)),
            issues.Count(i => i.ObservedLabel is null),
            issues.Count - withOutcome.Count,
            mae);
    }
}
