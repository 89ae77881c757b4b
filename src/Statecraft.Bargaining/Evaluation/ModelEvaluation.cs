namespace Statecraft.Bargaining.Evaluation;

/// <summary>
/// Scores bargaining models against decided issues: every model forecasts every issue that has an outcome, and
/// the score is the mean absolute error (Eq. B18).
/// </summary>
public static class ModelEvaluation
{
    /// <summary>Scores each model over the scorable issues of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The issues.</param>
    /// <param name="models">The models, in the order of the result.</param>
    /// <param name="options">The options every run uses.</param>
    /// <param name="useReferencePoint">Whether an issue's reference point becomes its status quo (Nash disagreement point).</param>
    public static IReadOnlyList<ModelScore> Evaluate(
        DeuDataset dataset, IReadOnlyList<IBargainingModel> models, BargainingOptions options, bool useReferencePoint = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(models);
        var issues = dataset.Scorable.Select(i => (Table: Prepare(i, useReferencePoint), Outcome: i.Outcome!.Value)).ToList();
        var scores = new List<ModelScore>(models.Count);
        foreach (var model in models)
        {
            double total = 0;
            foreach (var (table, outcome) in issues)
            {
                total += Math.Abs(model.Run(table, options).Forecast - outcome);
            }

            scores.Add(new ModelScore(model.Name, issues.Count, issues.Count == 0 ? double.NaN : total / issues.Count));
        }

        return scores;
    }

    private static IssueTable Prepare(DeuIssue issue, bool useReferencePoint) =>
        useReferencePoint && issue.ReferencePoint is { } rp ? new IssueTable(issue.Issue.Actors, issue.Issue.Scale, rp) : issue.Issue;
}
