namespace Statecraft.Bargaining.Evaluation;

/// <summary>One controversial issue of the DEU dataset: the actors' positions and saliences and what was decided.</summary>
/// <param name="Id">The issue code (<c>isnr</c>), such as <c>d00032i1</c>.</param>
/// <param name="Line">The issue's line in the file, for messages.</param>
/// <param name="Issue">The actors on the 0-100 scale, each with capability 1 (DEU has no capability variable).</param>
/// <param name="Outcome">The decision outcome on the same scale, or null when missing or coded above 100.</param>
/// <param name="ReferencePoint">The reversion point <c>rp</c>, or null.</param>
public sealed record DeuIssue(string Id, int Line, IssueTable Issue, double? Outcome, double? ReferencePoint);
