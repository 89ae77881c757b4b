using Statecraft.Analysis.Intervening;
using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Typology;

/// <summary>
/// What the label would be, and where the forecast would land, with one intervening variable switched off, or with all of
/// them off (<see cref="Variable"/> null: the systemic reading alone).
/// </summary>
public sealed record Counterfactual(InterveningVariable? Variable, string Description, ResponseLabel Label, double Forecast)
{
    /// <summary>The variable's name in kebab case, or <c>none</c> for the run without any intervening variable.</summary>
    public string Name => Variable is { } v ? Cases.Yaml.CaseNames.Kebab(v.ToString()) : "none";
}

/// <summary>Everything the engine concludes about one issue: label per phase, forecasts, pace, explanation, counterfactuals.</summary>
public sealed record IssueAnalysis
{
    public required Issue Issue { get; init; }

    /// <summary>The label of the first period after the shock.</summary>
    public required ResponseLabel Label { get; init; }

    /// <summary>
    /// The issue's labels over its phases with repeats folded ("exploit → hedge"), reported beside <see cref="Label"/>, which
    /// stays the first post-shock period's response: the one the shock itself provoked (docs/model.md, Eq. A10).
    /// </summary>
    public string SummaryLabel => string.Join(" → ", Phases.Select(p => Cases.Yaml.CaseNames.Of(p.Label)).Where((l, i) => i == 0 || Cases.Yaml.CaseNames.Of(Phases[i - 1].Label) != l));

    /// <summary>One assessment per post-shock period, in order.</summary>
    public required IReadOnlyList<PhaseAssessment> Phases { get; init; }

    /// <summary>The default model's forecast after the shock, with the focal state's persuasion.</summary>
    public required double Forecast { get; init; }

    /// <summary>The same forecast with no access (Eq. A5 with a = 0).</summary>
    public required double ForecastWithoutPersuasion { get; init; }

    /// <summary>The access the focal leader used for <see cref="Forecast"/> (Eq. A5d): at most the access it had.</summary>
    public required double AccessUsed { get; init; }

    /// <summary>The default model's full run after the shock: the trajectory for charts.</summary>
    public required BargainingResult Trajectory { get; init; }

    /// <summary>Every model's forecast on the same table, by model name.</summary>
    public required IReadOnlyDictionary<string, double> ModelForecasts { get; init; }

    /// <summary>The bargaining table after the shock (positions as the models received them).</summary>
    public required IssueTable Table { get; init; }

    public required Implementation Implementation { get; init; }

    public required IReadOnlyList<Counterfactual> Counterfactuals { get; init; }

    public Observation? Observed { get; init; }

    /// <summary>Sentences that say why the label is what it is, with the deciding quantities.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }
}
