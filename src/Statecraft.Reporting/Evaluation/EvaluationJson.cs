using System.Text.Json;
using System.Text.Json.Nodes;
using Statecraft.Analysis.Evaluation;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Evaluation;

/// <summary>
/// The JSON object <c>statecraft evaluate --format json</c> prints (a contract, docs/model.md "Evaluation"):
/// <c>cases[{id, basic_vector{held, observed_held, verdict}, issues[{id, label, observed_label, phase_labels,
/// observed_phase_labels, forecast, observed_outcome, baselines{...}}]}]</c> and <c>summary{cases, issues,
/// label_accuracy, phase_accuracy, basic_vector_accuracy, mae{...}, loo?}</c>.
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Serialize(EvaluationReport report) => ToJson(report).ToJsonString(Options);

    public static JsonObject ToJson(EvaluationReport report)
    {
        var summary = Summary(report.Summary);
        if (report.Loo is { } loo)
        {
            summary["loo"] = Loo(loo);
        }

        return new JsonObject
        {
            ["cases"] = new JsonArray([.. report.Cases.Select(c => (JsonNode)Case(c))]),
            ["summary"] = summary,
        };
    }

    private static JsonObject Case(CaseScore c) => new()
    {
        ["id"] = c.Id,
        ["post_shock_periods"] = Strings(c.Periods),
        ["basic_vector"] = new JsonObject { ["held"] = c.Verdict == "held", ["verdict"] = c.Verdict, ["observed_held"] = c.ObservedHeld },
        ["issues"] = new JsonArray([.. c.Issues.Select(i => (JsonNode)Issue(i))]),
    };

    private static JsonObject Issue(IssueScore i) => new()
    {
        ["id"] = i.Issue,
        ["label"] = CaseNames.Of(i.Label),
        ["observed_label"] = Label(i.ObservedLabel),
        ["phase_labels"] = new JsonArray([.. i.PhaseLabels.Select(l => (JsonNode?)JsonValue.Create(CaseNames.Of(l)))]),
        ["observed_phase_labels"] = new JsonArray([.. i.ObservedPhaseLabels.Select(l => (JsonNode?)(Label(l) is { } s ? JsonValue.Create(s) : null))]),
        ["forecast"] = i.Forecast,
        ["observed_outcome"] = i.ObservedOutcome,
        ["baselines"] = new JsonObject
        {
            [Methods.StatusQuo] = i.Baselines.StatusQuo,
            [Methods.Partner] = i.Baselines.Partner,
            [Methods.WeightedMean] = i.Baselines.WeightedMean,
            [Methods.WeightedMedian] = i.Baselines.WeightedMedian,
            [Methods.NoPersuasion] = i.Baselines.NoPersuasion,
        },
        ["errors"] = i.ObservedOutcome is null ? null : new JsonObject(i.Forecasts.Select(f => KeyValuePair.Create(f.Method, (JsonNode?)JsonValue.Create(i.Error(f.Forecast))))),
    };

    private static JsonObject Summary(EvaluationSummary s) => new()
    {
        ["cases"] = s.Cases,
        ["issues"] = s.Issues,
        ["label_accuracy"] = s.Labels.Value,
        ["labels_scored"] = s.Labels.Scored,
        ["phase_accuracy"] = s.Phases.Value,
        ["phases_scored"] = s.Phases.Scored,
        ["basic_vector_accuracy"] = s.BasicVector.Value,
        ["basic_vectors_scored"] = s.BasicVector.Scored,
        ["issues_without_label"] = s.IssuesWithoutLabel,
        ["issues_without_outcome"] = s.IssuesWithoutOutcome,
        ["mae"] = new JsonObject(s.Mae.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
    };

    private static JsonObject Loo(LeaveOneOut loo)
    {
        var outOfSample = Summary(loo.OutOfSample);
        return new JsonObject
        {
            ["label_accuracy"] = loo.OutOfSample.Labels.Value,
            ["phase_accuracy"] = loo.OutOfSample.Phases.Value,
            ["basic_vector_accuracy"] = loo.OutOfSample.BasicVector.Value,
            ["mae"] = loo.OutOfSample.Mae[Methods.Engine],
            ["grid_size"] = loo.GridSize,
            ["parameters"] = new JsonArray([.. loo.Parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["min"] = p.Min, ["median"] = p.Median, ["max"] = p.Max })]),
            ["folds"] = new JsonArray([.. loo.Folds.Select(f => (JsonNode)new JsonObject
            {
                ["case"] = f.Case,
                ["parameters"] = new JsonObject(f.Setting.ByName.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
                ["label_hits"] = f.Score.Issues.Count(i => i.LabelHit == true),
                ["labels_scored"] = f.Score.Issues.Count(i => i.LabelHit is not null),
                ["labels"] = new JsonArray([.. f.Score.Issues.Select(i => (JsonNode?)JsonValue.Create(CaseNames.Of(i.Label)))]),
            })]),
            ["summary"] = outOfSample,
        };
    }

    private static string? Label(Cases.Model.ResponseLabel? label) => label is { } l ? CaseNames.Of(l) : null;

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
