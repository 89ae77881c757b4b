using System.Text;
using System.Text.Json;
using Statecraft.Store.Events;
using Statecraft.Store.Queries;
using Statecraft.Store.Shocks;

namespace Statecraft.Cli.Commands.Events;

/// <summary>The JSON the events verbs print; field names are snake_case and part of the CLI's contract.</summary>
internal static class EventsJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static void WriteSeries(TextWriter output, SeriesQuery query, IReadOnlyList<SeriesPoint> series) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("dyad", query.Dyad);
        json.WriteString("by", query.By.ToString().ToLowerInvariant());
        json.WriteStartArray("series");
        foreach (var p in series)
        {
            WritePoint(json, p);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Writes <c>{ "dyad", "date", "pre": { "mean", "months", … }, "post": { … }, "difference", "ci95": [lo, hi], "change_points": [dates], … }</c>.</summary>
    public static void WriteShock(TextWriter output, ShockResult result) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("dyad", result.Dyad);
        json.WriteString("date", result.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("measure", StoreSettings.Snake(result.Measure.ToString()));
        json.WriteNumber("window", result.Options.WindowMonths);
        WriteWindow(json, "pre", result.Pre);
        WriteWindow(json, "post", result.Post);
        json.WriteNumber("difference", result.Difference);
        json.WriteStartArray("ci95");
        json.WriteNumberValue(result.Ci95.Low);
        json.WriteNumberValue(result.Ci95.High);
        json.WriteEndArray();
        json.WriteStartArray("change_points");
        foreach (var change in result.ChangePoints)
        {
            json.WriteStringValue(Date(change));
        }

        json.WriteEndArray();
        WriteMethod(json, result.Options);
        json.WriteEndObject();
    });

    private static void WriteWindow(Utf8JsonWriter json, string name, ShockWindow window)
    {
        json.WriteStartObject(name);
        Number(json, "mean", window.Mean);
        json.WriteNumber("months", window.Months);
        json.WriteString("from", window.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("to", window.To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("events", window.Events);
        json.WriteStartObject("quad_share");
        for (var q = 0; q < 4; q++)
        {
            json.WriteNumber(QuadClass.Names[q], Math.Round(window.QuadShare[q], 6));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMethod(Utf8JsonWriter json, ShockOptions options)
    {
        json.WriteStartObject("bootstrap");
        json.WriteNumber("replicates", options.Replicates);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("interval", "percentile");
        json.WriteEndObject();
        json.WriteStartObject("change_point_method");
        json.WriteString("name", "binary_segmentation");
        json.WriteString("penalty", "factor * sigma2 * ln(n), sigma2 from first differences");
        json.WriteNumber("penalty_factor", options.PenaltyFactor);
        json.WriteNumber("min_segment", options.MinSegment);
        json.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter json, SeriesPoint p)
    {
        json.WriteStartObject();
        json.WriteString("period", p.Label);
        json.WriteString("start", Date(p.Period));
        json.WriteNumber("events", p.Events);
        json.WriteNumber("verbal_cooperation", p.VerbalCooperation);
        json.WriteNumber("material_cooperation", p.MaterialCooperation);
        json.WriteNumber("verbal_conflict", p.VerbalConflict);
        json.WriteNumber("material_conflict", p.MaterialConflict);
        json.WriteNumber("goldstein_sum", Math.Round(p.GoldsteinSum, 9));
        Number(json, "goldstein_mean", p.GoldsteinMean is { } mean ? Math.Round(mean, 9) : double.NaN);
        json.WriteNumber("net_cooperation", p.NetCooperation);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            body(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
