using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Analysis.Systemic;
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
        table.Caption($"basic vector {v.Verdict}: main threat {v.MainThreat ?? "-"}, structural ally {v.BaselineAlly ?? "-"}, aligned with {v.AlignedBefore ?? "-"} before and {v.AlignedAfter ?? "-"} after ({Basis(v)})");
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

    /// <summary>Per issue, the smallest changes that flip its label (Eq. A13), the nearest first.</summary>
    public static IRenderable Tipping(CaseAnalysis a, int rows = 8)
    {
        var tables = new List<IRenderable>();
        foreach (var i in a.Issues)
        {
            if (a.Tipping?.GetValueOrDefault(i.Issue.Id) is not { } points)
            {
                continue;
            }

            var table = new Table().Title($"{Markup.Escape(i.Issue.Id)}: what flips {CaseNames.Of(i.Label)}").AddColumns("input", "value", "change", "share of its range", "new label");
            foreach (var p in points.Where(p => p.Change is not null).Take(rows))
            {
                table.AddRow(Markup.Escape(p.Input), F(p.Value), F(p.Change), p.Relative!.Value.ToString("P0", CultureInfo.InvariantCulture), CaseNames.Of(p.Label!.Value));
            }

            var stable = points.Count(p => p.Change is null);
            table.Caption($"{points.Count} inputs and thresholds searched; {stable} cannot flip the label within their range");
            tables.Add(table);
        }

        return new Rows(tables);
    }

    /// <summary>Where the Monte Carlo draws came from: stated or default ranges, and the thresholds' spreads.</summary>
    public static IRenderable Sampling(CaseAnalysis a)
    {
        if (a.Sensitivity is not { } sweep)
        {
            return new Text(string.Empty);
        }

        var ranges = string.Join(", ", sweep.Issues.Select(s => $"{s.Issue} {s.StatedRanges} stated/{s.DefaultRanges} default"));
        return new Markup(Markup.Escape($"draws: {sweep.Samples} (seed {sweep.Seed}, {sweep.Distribution.ToString().ToLowerInvariant()}); ranges per issue: {ranges}; "
            + $"default ranges: position ±{SensitivityRequest.DefaultPositionSpread:P0} of the scale, salience and capability ±{SensitivityRequest.DefaultWeightSpread}; "
            + $"thresholds from the {sweep.ThresholdOrigin}: {string.Join(", ", sweep.Thresholds)}") + "\n");
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

    /// <summary>What the periods' alignments were read from (Eq. S7), each period named.</summary>
    private static string Basis(BasicVector v) =>
        v.Readings.Select(r => r.Basis).Distinct().Count() == 1
            ? "from " + BasisName(v.Readings[0].Basis)
            : "from " + string.Join(", ", v.Readings.Select(r => $"{r.Period}: {BasisName(r.Basis)}"));

    private static string BasisName(AlignmentBasis basis) => basis switch
    {
        AlignmentBasis.AllianceEvidence => "alliance evidence",
        AlignmentBasis.IssueAlignment => "issue positions",
        _ => "nothing (undetermined)",
    };

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string F(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-";
}
