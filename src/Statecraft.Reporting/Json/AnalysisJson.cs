using System.Text.Json;
using System.Text.Json.Nodes;
using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Analysis.Systemic;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Json;

/// <summary>
/// The JSON object <c>statecraft analyze --format json</c> prints (a contract): <c>case</c>, <c>scenario</c>, <c>seed</c>,
/// <c>basic_vector</c> with <c>held</c>, and per issue <c>id</c>, <c>title</c>, <c>label</c>, <c>phase_labels</c>,
/// <c>forecast</c>, <c>observed_label</c>, <c>observed_outcome</c>, <c>explanation</c>, <c>counterfactuals</c> and
/// <c>label_share</c>.
/// </summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true };

    public static JsonObject ToJson(CaseAnalysis a, Provenance? provenance = null) => new()
    {
        ["case"] = a.Case.Id,
        ["scenario"] = a.Scenario,
        ["seed"] = a.Sensitivity?.Seed,
        ["samples"] = a.Sensitivity?.Samples,
        ["post_shock_periods"] = new JsonArray([.. a.PostShockPeriods.Select(p => (JsonNode)JsonValue.Create(p))]),
        ["basic_vector"] = BasicVector(a.BasicVector),
        ["issues"] = new JsonArray([.. a.Issues.Select(i => (JsonNode)Issue(i, a.Sensitivity?.Issues.FirstOrDefault(s => s.Issue == i.Issue.Id), a.Tipping?.GetValueOrDefault(i.Issue.Id)))]),
        ["sampling"] = a.Sensitivity is not { } sweep ? null : new JsonObject
        {
            ["thresholds_from"] = sweep.ThresholdOrigin,
            ["thresholds"] = new JsonArray([.. sweep.Thresholds.Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["min"] = t.Min, ["mode"] = t.Median, ["max"] = t.Max })]),
            ["default_position_spread"] = SensitivityRequest.DefaultPositionSpread,
            ["default_weight_spread"] = SensitivityRequest.DefaultWeightSpread,
        },
        ["provenance"] = provenance is null ? null : new JsonObject { ["case_hash"] = provenance.CaseHash, ["version"] = provenance.Version },
    };

    public static string Serialize(CaseAnalysis a, Provenance? provenance = null) => ToJson(a, provenance).ToJsonString(Options);

    private static JsonObject BasicVector(BasicVector v) => new()
    {
        ["held"] = v.Held,
        ["verdict"] = v.Verdict,
        ["year"] = v.Year,
        ["main_threat"] = v.MainThreat,
        ["baseline_ally"] = v.BaselineAlly,
        ["aligned_before"] = v.AlignedBefore,
        ["aligned_after"] = v.AlignedAfter,
        ["alignment_before"] = Map(v.AlignmentBefore),
        ["alignment_after"] = Map(v.AlignmentAfter),
        ["balancing"] = v.Balancing,
        ["readings"] = new JsonArray([.. v.Readings.Select(r => (JsonNode)new JsonObject
        {
            ["period"] = r.Period,
            ["aligned_with"] = r.AlignedWith,
            ["basis"] = CaseNames.Of(r.Basis),
            ["alliance_evidence"] = new JsonObject(r.Evidence.Values.OrderBy(e => e.State, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.State, (JsonNode?)new JsonObject
            {
                ["strength"] = e.Strength,
                ["treaty"] = e.Treaty,
                ["forces"] = e.Forces,
                ["joint_acts"] = new JsonArray([.. e.JointActs.Select(id => (JsonNode?)id)]),
            }))),
            ["issues_covered"] = new JsonObject(r.IssuesCovered.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        })]),
        ["capability"] = Map(v.Capability),
        ["threats"] = new JsonArray([.. v.Threats.Select(t => (JsonNode)new JsonObject
        {
            ["from"] = t.From,
            ["to"] = t.To,
            ["threat"] = t.Value,
            ["relative_power"] = t.RelativePower,
            ["hostility"] = t.Hostility,
            ["hostility_source"] = t.HostilitySource,
            ["proximity"] = t.Proximity,
        })]),
    };

    private static JsonObject Issue(IssueAnalysis i, IssueSensitivity? sensitivity, IReadOnlyList<TippingPoint>? tipping) => new()
    {
        ["id"] = i.Issue.Id,
        ["title"] = i.Issue.Title,
        ["label"] = CaseNames.Of(i.Label),
        ["summary_label"] = i.SummaryLabel,
        ["phase_labels"] = new JsonArray([.. i.Phases.Select(p => (JsonNode)JsonValue.Create(CaseNames.Of(p.Label)))]),
        ["phases"] = new JsonArray([.. i.Phases.Select(Phase)]),
        ["forecast"] = i.Forecast,
        ["forecast_without_persuasion"] = i.ForecastWithoutPersuasion,
        ["model_forecasts"] = Map(i.ModelForecasts),
        ["status_quo"] = i.Issue.StatusQuo.Value,
        ["implemented_outcome"] = i.Implementation.Outcome,
        ["pace"] = i.Implementation.Pace,
        ["observed_label"] = i.Observed is { } o ? CaseNames.Of(o.Label) : null,
        ["observed_outcome"] = i.Observed?.Outcome,
        ["observed_phase_labels"] = i.Observed is { Phases.Count: > 0 } op ? new JsonArray([.. op.Phases.Select(p => (JsonNode)JsonValue.Create(CaseNames.Of(p.Label)))]) : null,
        ["explanation"] = new JsonArray([.. i.Explanation.Select(e => (JsonNode)JsonValue.Create(e))]),
        ["counterfactuals"] = new JsonArray([.. i.Counterfactuals.Select(c => (JsonNode)new JsonObject
        {
            ["variable"] = c.Name,
            ["description"] = c.Description,
            ["label"] = CaseNames.Of(c.Label),
            ["forecast"] = c.Forecast,
        })]),
        ["trajectory"] = new JsonArray([.. i.Trajectory.Rounds.Select(r => (JsonNode)new JsonObject
        {
            ["round"] = r.Round,
            ["median"] = r.Median,
            ["mean"] = r.Mean,
            ["positions"] = new JsonObject(i.Trajectory.ActorIds.Select((id, k) => KeyValuePair.Create(id, (JsonNode?)JsonValue.Create(r.Positions[k])))),
        })]),
        ["label_share"] = sensitivity is null ? null : new JsonObject(sensitivity.LabelShare.Select(kv => KeyValuePair.Create(CaseNames.Of(kv.Key), (JsonNode?)JsonValue.Create(kv.Value)))),
        ["forecast_quantiles"] = sensitivity is null ? null : new JsonObject { ["p5"] = sensitivity.P5, ["p50"] = sensitivity.P50, ["p95"] = sensitivity.P95 },
        ["ranges"] = sensitivity is null ? null : new JsonObject { ["stated"] = sensitivity.StatedRanges, ["default"] = sensitivity.DefaultRanges },
        ["access_used"] = i.AccessUsed,
        ["tipping"] = tipping is null ? null : new JsonArray([.. tipping.Select(t => (JsonNode)new JsonObject
        {
            ["input"] = t.Input,
            ["value"] = t.Value,
            ["change"] = t.Change,
            ["relative"] = t.Relative,
            ["label"] = t.Label is { } l ? CaseNames.Of(l) : null,
        })]),
    };

    private static JsonObject Phase(PhaseAssessment p) => new()
    {
        ["period"] = p.Period.Id,
        ["label"] = CaseNames.Of(p.Label),
        ["rule"] = p.Rule,
        ["focal_reference"] = p.FocalReference,
        ["focal_now"] = p.FocalNow,
        ["partner_before"] = p.PartnerBefore,
        ["partner_now"] = p.PartnerNow,
        ["partner_move"] = p.PartnerMove,
        ["partner_jump"] = p.PartnerJump,
        ["over_head"] = new JsonArray([.. p.OverHead.Select(s => (JsonNode)JsonValue.Create(s))]),
        ["opening"] = p.Opening is { } o ? new JsonObject { ["actor"] = o.Actor, ["share"] = o.Share } : null,
        ["access"] = p.Access,
        ["forecast"] = p.Forecast,
        ["forecast_without_persuasion"] = p.ForecastWithoutPersuasion,
    };

    private static JsonObject Map(IReadOnlyDictionary<string, double> values) =>
        new(values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));
}
