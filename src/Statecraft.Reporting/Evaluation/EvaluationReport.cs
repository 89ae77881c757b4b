using Statecraft.Analysis.Evaluation;

namespace Statecraft.Reporting.Evaluation;

/// <summary>What <c>statecraft evaluate</c> computed: every case scored with the documented defaults, their scoreboard, and the leave-one-case-out result when asked for.</summary>
public sealed record EvaluationReport(IReadOnlyList<CaseScore> Cases, EvaluationSummary Summary, LeaveOneOut? Loo);
