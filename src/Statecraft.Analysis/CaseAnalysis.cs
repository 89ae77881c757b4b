using Statecraft.Analysis.Sensitivity;
using Statecraft.Analysis.Systemic;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis;

/// <summary>The engine's result for a case (and scenario): the basic vector, each issue's analysis, and the sensitivity sweep if run.</summary>
public sealed record CaseAnalysis(
    Case Case,
    string? Scenario,
    BasicVector BasicVector,
    IReadOnlyList<IssueAnalysis> Issues,
    SensitivityResult? Sensitivity,
    IReadOnlyList<string> PostShockPeriods)
{
    /// <summary>Per issue id, the tipping points (Eq. A13), when asked for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TippingPoint>>? Tipping { get; init; }
}
