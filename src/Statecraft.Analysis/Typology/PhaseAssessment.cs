using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Typology;

/// <summary>
/// The quantities that decided the response label on one issue in one post-shock period (docs/model.md, Eqs. A6-A10).
/// </summary>
/// <param name="Period">The post-shock period.</param>
/// <param name="Label">The response label.</param>
/// <param name="Rule">Which branch of the rule decided the label, in words.</param>
/// <param name="FocalReference">x_ref: the focal state's position in the previous period (its ideal before the partner's change).</param>
/// <param name="FocalNow">x_t: the focal state's position in this period.</param>
/// <param name="PartnerBefore">The partner's position in the previous period.</param>
/// <param name="PartnerNow">The partner's position in this period.</param>
/// <param name="PartnerMove">delta (Eq. A6): change of the partner's distance from x_ref, as a share of the scale; negative is closer.</param>
/// <param name="PartnerJump">|p_t - p_prev| as a share of the scale (Eq. A8).</param>
/// <param name="OverHead">Stimuli in which the partner acted on a third party on this issue without the focal state (Eq. A8).</param>
/// <param name="Opening">The third party the focal state moved towards, and by how much of the scale (Eq. A9), or null.</param>
/// <param name="Access">a (Eq. A4).</param>
/// <param name="Forecast">The default model's forecast with the focal state's persuasion, or null when the rule did not need it.</param>
/// <param name="ForecastWithoutPersuasion">The same forecast with access at 0, or null.</param>
public sealed record PhaseAssessment(
    Period Period,
    ResponseLabel Label,
    string Rule,
    double? FocalReference,
    double? FocalNow,
    double? PartnerBefore,
    double? PartnerNow,
    double? PartnerMove,
    double? PartnerJump,
    IReadOnlyList<string> OverHead,
    (string Actor, double Share)? Opening,
    double Access,
    double? Forecast,
    double? ForecastWithoutPersuasion);
