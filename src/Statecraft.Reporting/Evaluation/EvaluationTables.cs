using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Statecraft.Analysis.Evaluation;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting.Evaluation;

/// <summary>The terminal view of <c>statecraft evaluate</c>: one row per issue, then the scoreboard and the leave-one-out figures.</summary>
public static class EvaluationTables
{
    /// <summary>One table per case: each issue's labels and forecast beside what happened and the baselines.</summary>
    public static IRenderable Issues(EvaluationReport report)
    {
        var tables = new List<IRenderable>();
        foreach (var c in report.Cases)
        {
            var table = new Table().Title(Markup.Escape(c.Id))
                .AddColumns("issue", "label", "observed", "phases", "observed phases", "forecast", "outcome", "status quo", "partner", "w. mean", "w. median", "no persuasion");
            foreach (var i in c.Issues)
            {
                table.AddRow(
                    Markup.Escape(i.Issue),
                    Hit(CaseNames.Of(i.Label), i.LabelHit),
                    Markup.Escape(i.ObservedLabel is { } o ? CaseNames.Of(o) : "-"),
                    Markup.Escape(string.Join(" → ", i.PhaseLabels.Select(CaseNames.Of))),
                    Markup.Escape(string.Join(" → ", i.ObservedPhaseLabels.Select(l => l is { } x ? CaseNames.Of(x) : "?"))),
                    N(i.Forecast),
                    N(i.ObservedOutcome),
                    N(i.Baselines.StatusQuo),
                    N(i.Baselines.Partner),
                    N(i.Baselines.WeightedMean),
                    N(i.Baselines.WeightedMedian),
                    N(i.Baselines.NoPersuasion));
            }

            tables.Add(table);
        }

        tables.Add(new Markup("[dim]labels in green match the observed one, in red they do not; forecasts on each issue's scale, in its last post-shock period[/]\n"));
        return new Rows(tables);
    }

    public static IRenderable Vectors(EvaluationReport report)
    {
        var table = new Table().Title("Basic vector").AddColumns("case", "engine", "observed");
        foreach (var c in report.Cases)
        {
            table.AddRow(Markup.Escape(c.Id), Hit(c.Verdict, c.VectorHit), c.ObservedHeld is { } h ? (h ? "held" : "changed") : "-");
        }

        return table;
    }

    public static IRenderable Scoreboard(EvaluationReport report)
    {
        var s = report.Summary;
        var table = new Table().Title("Scoreboard").AddColumns("measure", "in sample (defaults)", report.Loo is null ? string.Empty : "leave-one-case-out");
        var loo = report.Loo?.OutOfSample;
        table.AddRow("label accuracy", Acc(s.Labels), loo is null ? string.Empty : Acc(loo.Labels));
        table.AddRow("phase accuracy", Acc(s.Phases), loo is null ? string.Empty : Acc(loo.Phases));
        table.AddRow("basic-vector accuracy", Acc(s.BasicVector), loo is null ? string.Empty : Acc(loo.BasicVector));
        foreach (var method in Methods.All)
        {
            table.AddRow($"MAE {method.Replace('_', ' ')}", N(s.Mae[method]), loo is null ? string.Empty : N(loo.Mae[method]));
        }

        table.Caption($"{s.Cases} cases, {s.Issues} issues; {s.IssuesWithoutLabel} without an observed label and {s.IssuesWithoutOutcome} without an observed outcome are left out of those scores; MAE in percent of each issue's scale");
        return table;
    }

    public static IRenderable Parameters(LeaveOneOut loo)
    {
        var table = new Table().Title($"Calibrated parameters across {loo.Folds.Count} folds (grid of {loo.GridSize} settings)")
            .AddColumns(["parameter", "min", "median", "max", .. loo.Folds.Select(f => Markup.Escape(f.Case))]);
        foreach (var p in loo.Parameters)
        {
            table.AddRow([p.Name, N2(p.Min), N2(p.Median), N2(p.Max), .. loo.Folds.Select(f => N2(f.Setting.ByName[p.Name]))]);
        }

        return table;
    }

    private static string Hit(string text, bool? hit) => hit switch
    {
        true => $"[green]{Markup.Escape(text)}[/]",
        false => $"[red]{Markup.Escape(text)}[/]",
        null => Markup.Escape(text),
    };

    private static string Acc(Accuracy a) => a.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.00} ({a.Hits}/{a.Scored})") : "-";

    private static string N(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";

    private static string N2(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
