using System.Globalization;
using System.Net;
using System.Text;
using Statecraft.Analysis;
using Statecraft.Cases.Files;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Html;

/// <summary>
/// One self-contained HTML file: summary, per-issue charts (inline SVG), explanations and counterfactuals, scenario
/// comparisons, sensitivity histograms, the stimulus timeline with citations, and provenance. It loads nothing from the
/// network and runs no script; every piece of case text is HTML-escaped.
/// </summary>
public static partial class HtmlReport
{
    public static string Render(ReportInput input)
    {
        var a = input.Analysis;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{H(a.Case.Title)} — Statecraft report</title>\n<style>{Style}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{H(a.Case.Title)}</h1>\n");
        if (a.Scenario is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"scenario\">Scenario <b>{H(a.Scenario)}</b>: {H(a.Case.FindScenario(a.Scenario)?.Title ?? string.Empty)}</p>\n");
        }

        Summary(html, a);
        BasicVector(html, a);
        Comparisons(html, input);
        foreach (var issue in a.Issues)
        {
            IssueSection(html, a, issue);
        }

        Timeline(html, a);
        ProvenanceSection(html, input);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes the report through a temporary file in the target's folder, so a failure leaves nothing half-written.
    /// The folder must exist, and the report never replaces one of <paramref name="inputs"/> (the case's files).
    /// </summary>
    public static void WriteFile(string path, ReportInput input, IEnumerable<string?>? inputs = null)
    {
        var html = Render(input);
        OutputFile.WriteText(path, "--report", inputs ?? [], writer => writer.Write(html));
    }

    private static void Summary(StringBuilder html, CaseAnalysis a)
    {
        html.Append("<h2 id=\"summary\">Summary</h2>\n<table>\n<tr><th>issue</th><th>status quo</th><th>forecast</th><th>without persuasion</th><th>implemented</th><th>pace</th><th>label</th><th>phases</th><th>observed</th><th>label share</th></tr>\n");
        foreach (var i in a.Issues)
        {
            var share = a.Sensitivity?.Issues.FirstOrDefault(s => s.Issue == i.Issue.Id)?.LabelShare.GetValueOrDefault(i.Label);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"#issue-{H(i.Issue.Id)}\">{H(i.Issue.Title)}</a></td><td>{N(i.Issue.StatusQuo.Value)}</td><td>{N(i.Forecast)}</td><td>{N(i.ForecastWithoutPersuasion)}</td><td>{N(i.Implementation.Outcome)}</td><td>{H(i.Implementation.Pace)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"label {CaseNames.Of(i.Label)}\">{CaseNames.Of(i.Label)}</td><td>{H(string.Join(" → ", i.Phases.Select(p => CaseNames.Of(p.Label))))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{H(Observed(i))}</td><td>{(share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void BasicVector(StringBuilder html, CaseAnalysis a)
    {
        var v = a.BasicVector;
        html.Append("<h2 id=\"basic-vector\">Basic vector</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>The basic vector <b>{v.Verdict}</b>: in {v.Year} the main threat to {H(a.Case.Focal)} was {H(v.MainThreat ?? "none")} and a pure balance-of-power reading predicts alignment with {H(v.BaselineAlly ?? "none")}; ")
            .Append(CultureInfo.InvariantCulture, $"{H(a.Case.Focal)} is aligned with {H(v.AlignedBefore ?? "none")} before the shock and {H(v.AlignedAfter ?? "none")} after it ")
            .Append("(read from alliance evidence first, issue positions only where a state has none; docs/model.md, Eq. S7).</p>\n")
            .Append("<table>\n<tr><th>state</th><th>capability index</th><th>threat to focal</th><th>hostility</th><th>proximity</th><th>alliance evidence before</th><th>alignment before</th><th>alignment after</th></tr>\n");
        foreach (var (state, capability) in v.Capability.OrderByDescending(kv => kv.Value))
        {
            var threat = v.Threats.FirstOrDefault(t => t.From == state);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{H(state)}</td><td>{capability:0.000}</td><td>{(threat is null ? "-" : threat.Value.ToString("0.000", CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(threat is null ? "-" : $"{threat.Hostility:0.00} ({H(threat.HostilitySource)})")}</td><td>{(threat is null ? "-" : threat.Proximity.ToString("0.0", CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(v.Readings[0].Evidence.TryGetValue(state, out var e) ? e.Strength : 0)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Share(v.AlignmentBefore, state)}</td><td>{Share(v.AlignmentAfter, state)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Observed(Analysis.Typology.IssueAnalysis i) => i.Observed is { } o
        ? CaseNames.Of(o.Label) + (o.Phases.Count > 0 ? " (" + string.Join(" → ", o.Phases.Select(p => CaseNames.Of(p.Label))) + ")" : string.Empty)
        : "-";

    private static string Share(IReadOnlyDictionary<string, double> values, string key) =>
        values.TryGetValue(key, out var v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    internal static string H(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    internal static string N(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";

    internal static string F(double? value) => value?.ToString("0.0##", CultureInfo.InvariantCulture) ?? "-";

    private const string Style = "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}"
        + "th{background:#f3f3f3}.label{font-weight:bold}.assuage{color:#1b6}.adapt{color:#c60}.exploit{color:#15c}.hedge{color:#a3a}"
        + "svg{max-width:100%;height:auto}.muted{color:#777}.scenario{background:#ffd;padding:.5em}";
}
