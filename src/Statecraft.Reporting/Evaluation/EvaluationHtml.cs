using System.Globalization;
using System.Net;
using System.Text;
using Statecraft.Analysis.Evaluation;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Evaluation;

/// <summary>One self-contained HTML page of <c>statecraft evaluate</c>: scoreboard, issue table, basic vectors and calibration; no script, no network, every text escaped.</summary>
public static class EvaluationHtml
{
    public static string Render(EvaluationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>Statecraft evaluation</title>\n<style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#f3f3f3}.hit{color:#1b6;font-weight:bold}.miss{color:#c22;font-weight:bold}")
            .Append("</style>\n</head>\n<body>\n<h1>Statecraft: the engine against what happened</h1>\n");
        Scoreboard(html, report);
        Issues(html, report);
        if (report.Loo is { } loo)
        {
            Parameters(html, loo);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Scoreboard(StringBuilder html, EvaluationReport report)
    {
        var s = report.Summary;
        var loo = report.Loo?.OutOfSample;
        html.Append(CultureInfo.InvariantCulture, $"<h2>Scoreboard</h2>\n<p>{s.Cases} cases, {s.Issues} issues; {s.IssuesWithoutLabel} without an observed label and {s.IssuesWithoutOutcome} without an observed outcome are left out of those scores. MAE is in percent of each issue's scale.</p>\n")
            .Append("<table>\n<tr><th>measure</th><th>in sample (defaults)</th>").Append(loo is null ? string.Empty : "<th>leave-one-case-out</th>").Append("</tr>\n");
        void Row(string name, string inSample, string? outOfSample) =>
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(name)}</td><td>{H(inSample)}</td>{(outOfSample is null ? string.Empty : $"<td>{H(outOfSample)}</td>")}</tr>\n");
        Row("label accuracy", Acc(s.Labels), loo is null ? null : Acc(loo.Labels));
        Row("phase accuracy", Acc(s.Phases), loo is null ? null : Acc(loo.Phases));
        Row("basic-vector accuracy", Acc(s.BasicVector), loo is null ? null : Acc(loo.BasicVector));
        foreach (var method in Methods.All)
        {
            Row("MAE " + method.Replace('_', ' '), N(s.Mae[method]), loo is null ? null : N(loo.Mae[method]));
        }

        html.Append("</table>\n");
    }

    private static void Issues(StringBuilder html, EvaluationReport report)
    {
        html.Append("<h2>Issues</h2>\n<table>\n<tr><th>case</th><th>issue</th><th>label</th><th>observed</th><th>phases</th><th>observed phases</th><th>forecast</th><th>outcome</th><th>status quo</th><th>partner</th><th>w. mean</th><th>w. median</th><th>no persuasion</th></tr>\n");
        foreach (var c in report.Cases)
        {
            foreach (var i in c.Issues)
            {
                var cls = i.LabelHit switch { true => "hit", false => "miss", null => string.Empty };
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(c.Id)}</td><td>{H(i.Issue)}</td><td class=\"{cls}\">{CaseNames.Of(i.Label)}</td><td>{H(i.ObservedLabel is { } o ? CaseNames.Of(o) : "-")}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{H(string.Join(" → ", i.PhaseLabels.Select(CaseNames.Of)))}</td><td>{H(string.Join(" → ", i.ObservedPhaseLabels.Select(l => l is { } x ? CaseNames.Of(x) : "?")))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{N(i.Forecast)}</td><td>{N(i.ObservedOutcome)}</td><td>{N(i.Baselines.StatusQuo)}</td><td>{N(i.Baselines.Partner)}</td><td>{N(i.Baselines.WeightedMean)}</td><td>{N(i.Baselines.WeightedMedian)}</td><td>{N(i.Baselines.NoPersuasion)}</td></tr>\n");
            }
        }

        html.Append("</table>\n<h2>Basic vector</h2>\n<table>\n<tr><th>case</th><th>engine</th><th>observed</th></tr>\n");
        foreach (var c in report.Cases)
        {
            var cls = c.VectorHit switch { true => "hit", false => "miss", null => string.Empty };
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(c.Id)}</td><td class=\"{cls}\">{H(c.Verdict)}</td><td>{(c.ObservedHeld is { } h ? (h ? "held" : "changed") : "-")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Parameters(StringBuilder html, LeaveOneOut loo)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Calibrated parameters</h2>\n<p>Each fold searched {loo.GridSize} settings on the other cases (docs/model.md, Eq. E3).</p>\n<table>\n<tr><th>parameter</th><th>min</th><th>median</th><th>max</th>");
        foreach (var f in loo.Folds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{H(f.Case)}</th>");
        }

        html.Append("</tr>\n");
        foreach (var p in loo.Parameters)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(p.Name)}</td><td>{p.Min:0.##}</td><td>{p.Median:0.##}</td><td>{p.Max:0.##}</td>");
            foreach (var f in loo.Folds)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{f.Setting.ByName[p.Name]:0.##}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Acc(Accuracy a) => a.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.00} ({a.Hits}/{a.Scored})") : "-";

    private static string N(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
