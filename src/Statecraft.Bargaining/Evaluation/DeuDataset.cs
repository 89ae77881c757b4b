namespace Statecraft.Bargaining.Evaluation;

/// <summary>A dataset in the DEU layout: the issues with at least one coded actor, and what the parser left out.</summary>
/// <param name="Issues">The issues, in file order.</param>
/// <param name="SkippedRows">Data rows without an issue code (such as the GDP row of the blksv copy) or without any actor.</param>
public sealed record DeuDataset(IReadOnlyList<DeuIssue> Issues, int SkippedRows)
{
    /// <summary>The issues that have an outcome to score a forecast against.</summary>
    public IEnumerable<DeuIssue> Scorable => Issues.Where(i => i.Outcome.HasValue);
}
