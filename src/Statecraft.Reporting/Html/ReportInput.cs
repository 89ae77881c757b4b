using Statecraft.Analysis;

namespace Statecraft.Reporting.Html;

/// <summary>What a report shows: the analysis, the base run when the analysis is a scenario, the other scenarios, and provenance.</summary>
/// <param name="Analysis">The run the report is about.</param>
/// <param name="Baseline">The base case's run when <paramref name="Analysis"/> is a scenario, else null.</param>
/// <param name="Scenarios">Each of the case's other scenarios, run, to compare with the base.</param>
/// <param name="Provenance">Case hash and engine version.</param>
public sealed record ReportInput(CaseAnalysis Analysis, CaseAnalysis? Baseline, IReadOnlyList<CaseAnalysis> Scenarios, Provenance Provenance);
