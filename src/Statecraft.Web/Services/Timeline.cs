using System.Globalization;
using System.Text.Json.Nodes;
using Statecraft.Cases.Model;
using Statecraft.Store.Events;

namespace Statecraft.Web.Services;

/// <summary>
/// A case's stimuli and events as the timeline page shows them: dated, with their quad class (the store's CAMEO rule)
/// and the evidence's citation resolved from the case's sources.
/// </summary>
public static class Timeline
{
    public static JsonObject Of(Case c) => new()
    {
        ["case"] = c.Id,
        ["shock"] = c.Shock,
        ["from"] = c.Periods.Count == 0 ? null : c.Periods.Min(p => p.From).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["items"] = new JsonArray([.. c.Stimuli.Select(s => Item(c, s, "stimulus")).Concat(c.Events.Select(e => Item(c, e, "event"))).OrderBy(i => (string?)i["start"], StringComparer.Ordinal).Select(i => (JsonNode)i)]),
    };

    private static JsonObject Item(Case c, DatedEntry e, string kind) => new JsonObject
    {
        ["id"] = e.Id,
        ["kind"] = kind,
        ["type"] = e.Kind,
        ["date"] = e.Date.ToString(),
        ["start"] = e.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["actors"] = Strings(e.Actors),
        ["targets"] = Strings(e.Targets),
        ["issues"] = Strings(e.Issues),
        ["summary"] = e.Summary,
        ["cameo"] = e.Cameo,
        ["quad"] = e.Cameo is { } code && QuadClass.FromCameo(code) is { } quad ? QuadClass.Names[quad - 1] : null,
        ["source"] = e.Provenance.Source,
        ["citation"] = e.Provenance.Source is { } id ? c.Sources.FirstOrDefault(s => s.Id == id)?.Citation : null,
        ["judgement"] = e.Provenance.Judgement,
    };

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];
}
