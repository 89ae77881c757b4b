using System.Text.Json;
using Statecraft.Analysis.Evaluation;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Cli.Commands.Analysis;

/// <summary>Reads the parameter spreads of a leave-one-case-out calibration from the JSON that <c>statecraft evaluate --loo --format json</c> prints.</summary>
internal static class CalibrationFile
{
    public static IReadOnlyList<ParameterSpread> Read(string path)
    {
        using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw Problem(path, $"not JSON: {ex.Message}");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("summary", out var summary) || !summary.TryGetProperty("loo", out var loo)
                || !loo.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
            {
                throw Problem(path, "summary.loo.parameters is missing: write the file with 'statecraft evaluate --loo --format json'");
            }

            var spreads = new List<ParameterSpread>();
            foreach (var p in parameters.EnumerateArray())
            {
                var name = p.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (name is null || EngineParameter.Find(name) is null || !Number(p, "min", out var min) || !Number(p, "median", out var median) || !Number(p, "max", out var max) || !(min <= median && median <= max))
                {
                    throw Problem(path, $"summary.loo.parameters: entry {spreads.Count + 1} needs a known name and min <= median <= max");
                }

                spreads.Add(new ParameterSpread(name, min, median, max));
            }

            return spreads;
        }
    }

    private static bool Number(JsonElement e, string key, out double value)
    {
        value = 0;
        return e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out value) && double.IsFinite(value);
    }

    private static InvalidInputException Problem(string path, string message) => new(new InputError(path, 0, 0, "--calibration", message));
}
