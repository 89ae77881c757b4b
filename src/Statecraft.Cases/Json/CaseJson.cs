using System.Text.Json;
using System.Text.Json.Nodes;
using Statecraft.Cases.Model;
using Statecraft.Cases.Yaml;

namespace Statecraft.Cases.Json;

/// <summary>
/// The JSON view of a case that <c>statecraft case show --format json</c> prints: one object with arrays
/// <c>actors</c>, <c>issues</c>, <c>stimuli</c>, <c>sources</c>, <c>scenarios</c> and <c>observed</c> (a contract:
/// every element has <c>id</c>; every position, stimulus and structural figure has <c>source</c> or <c>judgement</c>). A figure
/// read by a structural reference names its <c>table</c>; the references themselves are listed in <c>structural_references</c>.
/// </summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true };

    public static JsonObject ToJson(Case c) => new()
    {
        ["format_version"] = c.FormatVersion,
        ["id"] = c.Id,
        ["title"] = c.Title,
        ["description"] = c.Description,
        ["focal"] = c.Focal,
        ["partner"] = c.Partner,
        ["shock"] = c.Shock,
        ["periods"] = Array(c.Periods, Period.Shape.ToJson),
        ["sources"] = Array(c.Sources, Source.Shape.ToJson),
        ["actors"] = Array(c.Actors, Actor.Shape.ToJson),
        ["ties"] = Array(c.Ties, Tie.Shape.ToJson),
        ["issues"] = Array(c.Issues, Issue.Shape.ToJson),
        ["stimuli"] = Array(c.Stimuli, DatedEntry.Shape.ToJson),
        ["events"] = Array(c.Events, DatedEntry.Shape.ToJson),
        ["structural"] = Array(c.Structural, StructuralFigure.Shape.ToJson),
        ["structural_references"] = Array(c.StructuralReferences, r => WithProvenance(new JsonObject { ["id"] = $"{r.State}-{r.FromYear}-{r.ToYear}-{CaseNames.Of(r.Table)}", ["state"] = r.State, ["from_year"] = r.FromYear, ["to_year"] = r.ToYear, ["table"] = CaseNames.Of(r.Table), ["indicator"] = CaseNames.Of(r.Indicator) }, r.Provenance)),
        ["alliances"] = Array(c.Alliances, Alliance.Shape.ToJson),
        ["facts"] = Array(c.Facts, Fact.Shape.ToJson),
        ["observed"] = Array(c.Observed, Observation.Shape.ToJson),
        ["scenarios"] = Array(c.Scenarios, s => WithProvenance(new JsonObject { ["id"] = s.Id, ["title"] = s.Title, ["description"] = s.Description, ["edits"] = Array(s.Edits, e => new JsonObject { ["edit"] = e.Verb, ["summary"] = ScenarioText.Describe(e) }) }, s.Provenance)),
        ["basic_vector"] = c.BasicVector is { } v ? ObservedVector.Shape.ToJson(v) : null,
    };

    public static string Serialize(Case c) => ToJson(c).ToJsonString(Options);

    private static JsonObject WithProvenance(JsonObject o, Provenance p)
    {
        if (p.Source is not null)
        {
            o["source"] = p.Source;
        }

        if (p.Judgement is not null)
        {
            o["judgement"] = p.Judgement;
        }

        return o;
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> map) => new([.. items.Select(map)]);
}
