using System.Globalization;
using Statecraft.Cases.Model;

namespace Statecraft.Cases.Json;

/// <summary>One-line descriptions of scenario edits for tables, JSON and reports.</summary>
public static class ScenarioText
{
    public static string Describe(ScenarioEdit edit) => edit switch
    {
        SetPosition e => $"{e.Actor} on {e.Issue} in {e.Period}: " + string.Join(", ", Parts(e)),
        CopyPositions e => $"{e.ToActor} in {e.ToPeriod} takes {e.FromActor}'s positions of {e.FromPeriod}" + (e.Issues.Count > 0 ? $" on {string.Join(", ", e.Issues)}" : string.Empty),
        RemovePosition e => $"drop {e.Actor}'s position on {e.Issue} in {e.Period}",
        SetTie e => $"tie {e.From} -> {e.To} affinity {N(e.Affinity)}",
        SetAttribute e => $"{e.Actor}.{e.Name} = {N(e.Value)}",
        RemoveStimulus e => $"drop stimulus {e.Stimulus}",
        _ => edit.Verb,
    };

    private static IEnumerable<string> Parts(SetPosition e)
    {
        if (e.Position is { } p)
        {
            yield return $"position {N(p)}";
        }

        if (e.Salience is { } s)
        {
            yield return $"salience {N(s)}";
        }

        if (e.Capability is { } c)
        {
            yield return $"capability {N(c)}";
        }
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
