using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Statecraft.Analysis;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Terminal;

/// <summary>The terminal view of an analysis: one row per issue, the basic vector, and a comparison of two runs.</summary>
public static class AnalysisTables
{
    public static IRenderable Summary(CaseAnalysis a)
    {
        var title = a.Scenario is null ? a.Case.Title : $"{a.Case.Title} — scenario {a.Scenario}";
        var table = new Table().Title(Markup.Escape(title))
            .AddColumns("issue", "status quo", "forecast", "w/o persuasion", "implemented", "pace", "label", "phases", "observed", "share");
        foreach (var i in a.Issues)
        {
            var share = a.Sensitivity?.Issues.FirstOrDefault(s => s.Issue == i.Issue.Id)?.LabelShare.GetValueOrDefault(i.Label);
            var observed = i.Observed is { } o ? CaseNames.Of(o.Label) + (o.Phases.Count > 0 ? " (" + string.Join(" → ", o.Phases.Select(p => CaseNames.Of(p.Label))) + ")" : string.Empty) : "-";
            table.AddRow(
                Markup.Escape(i.Issue.Id),
                N(i.Issue.StatusQuo.Value),
                N(i.Forecast),
                N(i.ForecastWithoutPersuasion),
                N(i.Implementation.Outcome),
                i.Implementation.Pace,
                $"[bold]{CaseNames.Of(i.Label)}[/]",
                string.Join(" → ", i.Phases.Select(p => CaseNames.Of(p.Label))),
                Markup.Escape(observed),
                share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "-");
        }

        var v = a.BasicVector;
        table.Caption($"basic vector {v.Verdict}: main threat {v.MainThreat ?? "-"}, structural ally {v.BaselineAlly ?? "-"}, aligned with {v.AlignedBefore ?? "-"} before and {v.AlignedAfter ?? "-"} after");
        return table;
    }

    public static IRenderable Compare(CaseAnalysis baseline, CaseAnalysis scenario)
    {
        var table = new Table().Title($"{Markup.Escape(baseline.Case.Id)}: base against scenario {Markup.Escape(scenario.Scenario ?? "-")}")
            .AddColumns("issue", "base label", "scenario label", "base forecast", "scenario forecast", "changed");
        foreach (var b in baseline.Issues)
        {
            var s = scenario.Issues.FirstOrDefault(x => x.Issue.Id == b.Issue.Id);
            if (s is null)
            {
                continue;
            }

            var changed = b.Label != s.Label || Math.Abs(b.Forecast - s.Forecast) > 1e-9;
            table.AddRow(Markup.Escape(b.Issue.Id), CaseNames.Of(b.Label), CaseNames.Of(s.Label), N(b.Forecast), N(s.Forecast), changed ? "[bold]yes[/]" : "no");
        }

        return table;
    }

    public static IRenderable Explanations(CaseAnalysis a)
    {
        var rows = new List<IRenderable>();
        foreach (var i in a.Issues)
        {
            rows.Add(new Markup($"[bold]{Markup.Escape(i.Issue.Title)}[/] ({CaseNames.Of(i.Label)})"));
            rows.AddRange(i.Explanation.Select(e => new Markup("  " + Markup.Escape(e))));
        }

        return new Rows(rows);
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
