using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Evaluation;

/// <summary>
/// The naive forecasts the engine is scored against (docs/model.md, Eq. E1), all on the table of the last post-shock
/// period with positions, saliences and capabilities as the case states them.
/// </summary>
/// <param name="StatusQuo">Nothing changes: the issue's status quo.</param>
/// <param name="Partner">The partner gets what it wants: its executive's position (the status quo where it has none).</param>
/// <param name="WeightedMean">The compromise model (B2) on the stated table.</param>
/// <param name="WeightedMedian">The weighted median (B3) on the stated table.</param>
/// <param name="NoPersuasion">The engine's own forecast with the focal leader's access at 0.</param>
public sealed record Baselines(double StatusQuo, double Partner, double WeightedMean, double WeightedMedian, double NoPersuasion);

/// <summary>One issue scored: the engine's labels and forecast beside what happened and beside the baselines.</summary>
public sealed record IssueScore(
    string Issue,
    ResponseLabel Label,
    ResponseLabel? ObservedLabel,
    IReadOnlyList<ResponseLabel> PhaseLabels,
    IReadOnlyList<ResponseLabel?> ObservedPhaseLabels,
    double Forecast,
    double? ObservedOutcome,
    Baselines Baselines,
    double ScaleWidth)
{
    /// <summary>Whether the label matches; null when the case records no usable observed label.</summary>
    public bool? LabelHit => ObservedLabel is { } observed ? observed == Label : null;

    /// <summary>The absolute error of <paramref name="forecast"/> in percent of the scale; null without an observed outcome.</summary>
    public double? Error(double forecast) => ObservedOutcome is { } outcome ? Math.Abs(forecast - outcome) / ScaleWidth * 100 : null;

    /// <summary>Every method's forecast by its name in the output (Eq. E2).</summary>
    public IReadOnlyList<(string Method, double Forecast)> Forecasts =>
    [
        (Methods.Engine, Forecast),
        (Methods.StatusQuo, Baselines.StatusQuo),
        (Methods.Partner, Baselines.Partner),
        (Methods.WeightedMean, Baselines.WeightedMean),
        (Methods.WeightedMedian, Baselines.WeightedMedian),
        (Methods.NoPersuasion, Baselines.NoPersuasion),
    ];
}

/// <summary>The names of the forecasting methods in tables and JSON.</summary>
public static class Methods
{
    public const string Engine = "engine";
    public const string StatusQuo = "status_quo";
    public const string Partner = "partner";
    public const string WeightedMean = "weighted_mean";
    public const string WeightedMedian = "weighted_median";
    public const string NoPersuasion = "no_persuasion";

    public static IReadOnlyList<string> All { get; } = [Engine, StatusQuo, Partner, WeightedMean, WeightedMedian, NoPersuasion];
}

/// <summary>One case scored: its issues and the basic-vector verdict against the observed one.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Verdict">The engine's basic-vector verdict: <c>held</c>, <c>changed</c> or <c>undetermined</c>.</param>
/// <param name="ObservedHeld">Whether the case records that the vector held; null when it records nothing.</param>
/// <param name="Issues">The issues, in the case's order.</param>
/// <param name="Periods">The post-shock periods the phase labels refer to.</param>
public sealed record CaseScore(string Id, string Verdict, bool? ObservedHeld, IReadOnlyList<IssueScore> Issues, IReadOnlyList<string> Periods)
{
    /// <summary>Whether the verdict matches; an undetermined verdict is a miss. Null when nothing is observed.</summary>
    public bool? VectorHit => ObservedHeld is { } held ? Verdict == (held ? "held" : "changed") : null;
}
