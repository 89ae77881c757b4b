using Statecraft.Analysis.Sensitivity;
using Statecraft.Analysis.Systemic;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Scenarios;

namespace Statecraft.Analysis;

/// <summary>
/// The neoclassical-realist engine: systemic layer, intervening variables, bargaining per issue and the response
/// typology, for a case or one of its scenarios (docs/model.md).
/// </summary>
public static class CaseAnalyzer
{
    /// <summary>Analyses <paramref name="c"/>, with <paramref name="scenario"/> applied first when given.</summary>
    public static CaseAnalysis Analyze(Case c, string? scenario = null, AnalysisOptions? options = null, SensitivityRequest? sensitivity = null, IProgress<int>? progress = null)
    {
        options ??= AnalysisOptions.Default;
        options.Validate();
        var edited = scenario is null ? c : ScenarioApplier.Apply(c, scenario);
        var view = new CaseView(edited, options);
        RequireBargainable(view);
        var analyzer = new IssueAnalyzer(view, options);
        var issues = edited.Issues.Select(analyzer.Analyze).ToList();
        var sweep = sensitivity is null ? null : SensitivityRunner.Run(edited, options, sensitivity, progress);
        return new CaseAnalysis(edited, scenario, BasicVector.Of(view, options), issues, sweep, [.. view.PostShock.Select(p => p.Id)]);
    }

    /// <summary>Every issue needs someone to bargain after the shock; say which issue lacks them instead of failing inside a model.</summary>
    internal static void RequireBargainable(CaseView view)
    {
        var after = view.PostShock[0];
        var errors = view.Case.Issues
            .Where(i => view.PositionsIn(i, after).Count == 0)
            .Select(i => new InputError(i.Location.File, i.Location.Line, i.Location.Column, i.PathOf("positions"),
                $"issue '{i.Id}' has no positions in period '{after.Id}': the engine needs at least one actor after the shock"))
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
