using ScottPlot;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Files;
using Statecraft.Store.Queries;

namespace Statecraft.Reporting.Charts;

/// <summary>
/// A line chart of a dyad's series with an optional shock date (solid red line) and change points (dashed
/// lines), written as SVG or PNG according to the file's extension.
/// </summary>
public static class SeriesChart
{
    /// <summary>Pixel size of the saved image.</summary>
    public const int Width = 1000;

    public const int Height = 450;

    /// <summary>The file types a chart is saved as.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".svg", ".png"];

    /// <summary>
    /// Draws <paramref name="values"/> against the periods of <paramref name="series"/> and saves the chart to
    /// <paramref name="path"/>, which may be none of <paramref name="inputs"/> (the files the command reads, such as its store).
    /// </summary>
    /// <exception cref="InvalidInputException">The extension is neither <c>.svg</c> nor <c>.png</c>, or the path cannot be written.</exception>
    public static void Save(string path, IReadOnlyList<SeriesPoint> series, IReadOnlyList<double> values, ChartLabels labels, DateOnly? shock = null, IReadOnlyList<DateOnly>? changePoints = null, IEnumerable<string?>? inputs = null)
    {
        var extension = Check(path, inputs);
        using var plot = Draw(series, values, labels, shock, changePoints ?? []);
        OutputFile.Write(path, "--chart", inputs ?? [], temporary =>
        {
            if (extension == ".svg")
            {
                plot.SaveSvg(temporary, Width, Height);
            }
            else
            {
                plot.SavePng(temporary, Width, Height);
            }
        });
    }

    /// <summary>Checks a chart's target before any work is done; returns its extension.</summary>
    public static string Check(string path, IEnumerable<string?>? inputs = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new InvalidInputException(new InputError(path, 0, 0, "--chart", $"a chart is saved as .svg or .png, not '{extension}'"));
        }

        OutputFile.Check(path, "--chart", inputs ?? []);
        return extension;
    }

    private static Plot Draw(IReadOnlyList<SeriesPoint> series, IReadOnlyList<double> values, ChartLabels labels, DateOnly? shock, IReadOnlyList<DateOnly> changePoints)
    {
        var plot = new Plot();
        var xs = series.Select(p => X(p.Period)).ToArray();
        var line = plot.Add.Scatter(xs, values.ToArray());
        line.LegendText = labels.Measure;
        if (shock is { } date)
        {
            var marker = plot.Add.VerticalLine(X(date), 2, Colors.Red);
            marker.LegendText = "shock " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var change in changePoints)
        {
            var marker = plot.Add.VerticalLine(X(change), 1.5f, Colors.DarkOrange, LinePattern.Dashed);
            marker.LegendText = "change point";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title(labels.Title);
        plot.YLabel(labels.Measure);
        plot.ShowLegend();
        return plot;
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}

/// <summary>The words on a chart.</summary>
/// <param name="Title">The chart's title (<c>JPN-USA, monthly</c>).</param>
/// <param name="Measure">What the line shows (<c>net cooperation</c>).</param>
public sealed record ChartLabels(string Title, string Measure);
