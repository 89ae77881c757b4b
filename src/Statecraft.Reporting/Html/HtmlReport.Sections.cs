using System.Globalization;
using System.Text;
using Statecraft.Analysis;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Yaml;
using Statecraft.Reporting.Charts;

namespace Statecraft.Reporting.Html;

public static partial class HtmlReport
{
    private static void IssueSection(StringBuilder html, CaseAnalysis a, IssueAnalysis i)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"issue-{H(i.Issue.Id)}\">{H(i.Issue.Title)}: <span class=\"label {CaseNames.Of(i.Label)}\">{CaseNames.Of(i.Label)}</span></h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Scale {N(i.Issue.Scale.Min)} = {H(i.Issue.Scale.Low)}; {N(i.Issue.Scale.Max)} = {H(i.Issue.Scale.High)}.</p>\n")
            .Append("<figure>").Append(SvgCharts.Trajectory(i)).Append("<figcaption>Actor positions per round of the ")
            .Append(H(i.Trajectory.Model)).Append(" model after the shock, the forecast (bold), the status quo and the observed outcome.</figcaption></figure>\n");
        html.Append("<h3>Why</h3>\n<ul>\n");
        foreach (var line in i.Explanation)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{H(line)}</li>\n");
        }

        html.Append("</ul>\n<h3>Counterfactuals</h3>\n<table>\n<tr><th>intervening variable off</th><th>label</th><th>forecast</th></tr>\n");
        foreach (var c in i.Counterfactuals)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(c.Description)}</td><td class=\"label {CaseNames.Of(c.Label)}\">{CaseNames.Of(c.Label)}</td><td>{N(c.Forecast)}</td></tr>\n");
        }

        html.Append("</table>\n<h3>Models</h3>\n<p>")
            .Append(H(string.Join("; ", i.ModelForecasts.Select(kv => $"{kv.Key} {N(kv.Value)}"))))
            .Append("</p>\n");
        ActorTable(html, i);
        Sensitivity(html, a, i);
    }

    private static void ActorTable(StringBuilder html, IssueAnalysis i)
    {
        html.Append("<h3>Actors after the shock</h3>\n<table>\n<tr><th>actor</th><th>position</th><th>salience</th><th>capability</th><th>as bargained</th><th>provenance</th></tr>\n");
        foreach (var actor in i.Table.Actors)
        {
            var given = i.Issue.Positions.FirstOrDefault(p => p.Actor == actor.Id && p.Period == i.Phases[0].Period.Id)
                ?? i.Issue.Positions.LastOrDefault(p => p.Actor == actor.Id);
            var provenance = given is null ? string.Empty : given.Provenance.Source ?? given.Provenance.Judgement ?? string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(actor.Id)}</td><td>{N(given?.Value)}</td><td>{F(given?.Salience)}</td><td>{F(given?.Capability)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{N(actor.Position)} / {F(actor.Salience)} / {F(actor.Capability)}</td><td>{H(provenance)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Sensitivity(StringBuilder html, CaseAnalysis a, IssueAnalysis i)
    {
        if (a.Sensitivity?.Issues.FirstOrDefault(s => s.Issue == i.Issue.Id) is not { } s)
        {
            return;
        }

        var shares = string.Join(", ", s.LabelShare.Select(kv => $"{CaseNames.Of(kv.Key)} {kv.Value.ToString("P1", CultureInfo.InvariantCulture)}"));
        html.Append(CultureInfo.InvariantCulture, $"<h3>Sensitivity ({a.Sensitivity.Samples} draws, seed {a.Sensitivity.Seed})</h3>\n<p>Labels: {H(shares)}. Forecast 5-50-95%: {N(s.P5)}, {N(s.P50)}, {N(s.P95)}.</p>\n")
            .Append("<figure>").Append(SvgCharts.Histogram(s.Forecasts, i.Issue.Scale.Min, i.Issue.Scale.Max, s.P5, s.P95)).Append("</figure>\n");
    }

    private static void Comparisons(StringBuilder html, ReportInput input)
    {
        var runs = new List<(CaseAnalysis Base, CaseAnalysis Scenario)>();
        if (input.Baseline is not null)
        {
            runs.Add((input.Baseline, input.Analysis));
        }

        var baseRun = input.Baseline ?? input.Analysis;
        runs.AddRange(input.Scenarios.Select(s => (baseRun, s)));
        if (runs.Count == 0)
        {
            return;
        }

        html.Append("<h2 id=\"scenarios\">Scenarios</h2>\n");
        foreach (var (b, s) in runs)
        {
            var scenario = s.Case.FindScenario(s.Scenario ?? string.Empty);
            html.Append(CultureInfo.InvariantCulture, $"<h3>{H(s.Scenario)}: {H(scenario?.Title)}</h3>\n<p class=\"muted\">{H(scenario?.Description)}</p>\n")
                .Append("<table>\n<tr><th>issue</th><th>base label</th><th>scenario label</th><th>base forecast</th><th>scenario forecast</th></tr>\n");
            foreach (var bi in b.Issues)
            {
                var si = s.Issues.FirstOrDefault(x => x.Issue.Id == bi.Issue.Id);
                var changed = si is not null && (si.Label != bi.Label || Math.Abs(si.Forecast - bi.Forecast) > 0.05) ? " style=\"background:#fee\"" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<tr{changed}><td>{H(bi.Issue.Id)}</td><td>{CaseNames.Of(bi.Label)}</td><td>{(si is null ? "-" : CaseNames.Of(si.Label))}</td><td>{N(bi.Forecast)}</td><td>{N(si?.Forecast)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }
    }

    private static void Timeline(StringBuilder html, CaseAnalysis a)
    {
        html.Append("<h2 id=\"timeline\">Stimuli and events</h2>\n<table>\n<tr><th>date</th><th>kind</th><th>who</th><th>to whom</th><th>what</th><th>citation</th></tr>\n");
        var sources = a.Case.Sources.ToDictionary(s => s.Id);
        foreach (var e in a.Case.Stimuli.Select(s => (Entry: s, Stimulus: true)).Concat(a.Case.Events.Select(e => (Entry: e, Stimulus: false))).OrderBy(x => x.Entry.Date))
        {
            var citation = e.Entry.Provenance.Source is { } id && sources.TryGetValue(id, out var source) ? source.Citation : e.Entry.Provenance.Judgement ?? string.Empty;
            var kind = (e.Stimulus ? "stimulus: " : string.Empty) + e.Entry.Kind;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(e.Entry.Date.ToString())}</td><td>{H(kind)}</td><td>{H(string.Join(", ", e.Entry.Actors))}</td><td>{H(string.Join(", ", e.Entry.Targets))}</td><td>{H(e.Entry.Summary)}</td><td>{H(citation)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void ProvenanceSection(StringBuilder html, ReportInput input)
    {
        var a = input.Analysis;
        html.Append("<h2 id=\"provenance\">Provenance</h2>\n<ul>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>case <code>{H(a.Case.Id)}</code>, SHA-256 <code>{H(input.Provenance.CaseHash)}</code></li>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>engine version {H(input.Provenance.Version)}; scenario {H(a.Scenario ?? "none")}; seed {(a.Sensitivity is { } s ? s.Seed.ToString(CultureInfo.InvariantCulture) + $", {s.Samples} draws" : "none (no sampling)")}</li>\n")
            .Append("</ul>\n<h3>Sources</h3>\n<ol>\n");
        foreach (var source in a.Case.Sources)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"source-{H(source.Id)}\"><code>{H(source.Id)}</code>: {H(source.Citation)}</li>\n");
        }

        html.Append("</ol>\n");
    }
}
