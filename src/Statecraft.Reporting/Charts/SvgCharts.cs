using ScottPlot;
using Statecraft.Analysis.Typology;

namespace Statecraft.Reporting.Charts;

/// <summary>Charts of an analysis as inline SVG (ScottPlot), so a report needs no network and no script to show them.</summary>
internal static class SvgCharts
{
    /// <summary>
    /// Positions of every actor round by round (thin lines), the forecast trajectory (the weighted median, bold),
    /// and the status quo and observed outcome (dashed lines), on the issue's own scale.
    /// </summary>
    public static string Trajectory(IssueAnalysis issue, int width = 720, int height = 360)
    {
        var plot = new Plot();
        var rounds = issue.Trajectory.Rounds;
        var xs = rounds.Select(r => (double)r.Round).ToArray();
        for (var k = 0; k < issue.Trajectory.ActorIds.Length; k++)
        {
            var line = plot.Add.Scatter(xs, rounds.Select(r => r.Positions[k]).ToArray());
            line.LegendText = Plain(issue.Trajectory.ActorIds[k]);
            line.LineWidth = 1;
            line.MarkerSize = 3;
        }

        var median = plot.Add.Scatter(xs, rounds.Select(r => r.Median).ToArray());
        median.LegendText = "forecast (median)";
        median.LineWidth = 4;
        median.Color = Colors.Black;
        AddLevel(plot, issue.Issue.StatusQuo.Value, "status quo", Colors.Gray);
        if (issue.Observed?.Outcome is { } observed)
        {
            AddLevel(plot, observed, "observed outcome", Colors.Red);
        }

        plot.Axes.SetLimitsY(issue.Issue.Scale.Min, issue.Issue.Scale.Max);
        plot.Axes.Bottom.Label.Text = "bargaining round";
        plot.Axes.Left.Label.Text = Plain(issue.Issue.Scale.Unit ?? "position");
        plot.ShowLegend(Edge.Right);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>A histogram of the forecasts drawn in a sensitivity sweep, with the 5% and 95% quantiles marked.</summary>
    public static string Histogram(IReadOnlyList<double> values, double min, double max, double p5, double p95, int bins = 25, int width = 480, int height = 220)
    {
        var plot = new Plot();
        var step = (max - min) / bins;
        var counts = new double[bins];
        foreach (var value in values)
        {
            counts[Math.Clamp((int)((value - min) / step), 0, bins - 1)]++;
        }

        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(b => min + ((b + 0.5) * step)).ToArray(), counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = step * 0.9;
        }

        AddVertical(plot, p5, "5%");
        AddVertical(plot, p95, "95%");
        plot.Axes.Bottom.Label.Text = "forecast";
        plot.Axes.Left.Label.Text = "draws";
        return plot.GetSvgXml(width, height);
    }

    private static void AddLevel(Plot plot, double y, string label, Color color)
    {
        var line = plot.Add.HorizontalLine(y);
        line.LinePattern = LinePattern.Dashed;
        line.Color = color;
        line.LegendText = label;
    }

    private static void AddVertical(Plot plot, double x, string label)
    {
        var line = plot.Add.VerticalLine(x);
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = label;
    }

    /// <summary>Keeps chart text to characters that need no escaping in SVG, and short enough to fit.</summary>
    private static string Plain(string text, int max = 40)
    {
        var kept = new string([.. text.Where(c => char.IsLetterOrDigit(c) || " .,;:-_()%=/+".Contains(c, StringComparison.Ordinal))]);
        return kept.Length <= max ? kept : kept[..(max - 1)] + "…";
    }
}
