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
        ["periods"] = Array(c.Periods, p => new JsonObject { ["id"] = p.Id, ["from"] = Day(p.From), ["to"] = Day(p.To), ["title"] = p.Title }),
        ["sources"] = Array(c.Sources, s => new JsonObject { ["id"] = s.Id, ["citation"] = s.Citation, ["url"] = s.Url, ["published"] = s.Published?.ToString(), ["kind"] = s.Kind }),
        ["actors"] = Array(c.Actors, Actor),
        ["ties"] = Array(c.Ties, t => WithProvenance(new JsonObject { ["id"] = $"{t.From}->{t.To}", ["from"] = t.From, ["to"] = t.To, ["affinity"] = t.Affinity, ["kind"] = CaseNames.Of(t.Kind), ["period"] = t.Period, ["undirected"] = t.Undirected }, t.Provenance)),
        ["issues"] = Array(c.Issues, Issue),
        ["stimuli"] = Array(c.Stimuli, Entry),
        ["events"] = Array(c.Events, Entry),
        ["structural"] = Array(c.Structural, f => WithProvenance(new JsonObject { ["id"] = $"{f.State}-{f.Year}-{CaseNames.Of(f.Indicator)}", ["state"] = f.State, ["year"] = f.Year, ["indicator"] = CaseNames.Of(f.Indicator), ["value"] = f.Value, ["unit"] = f.Unit, ["table"] = f.Reference is { } r ? CaseNames.Of(r.Table) : null }, f.Provenance)),
        ["structural_references"] = Array(c.StructuralReferences, r => WithProvenance(new JsonObject { ["id"] = $"{r.State}-{r.FromYear}-{r.ToYear}-{CaseNames.Of(r.Table)}", ["state"] = r.State, ["from_year"] = r.FromYear, ["to_year"] = r.ToYear, ["table"] = CaseNames.Of(r.Table), ["indicator"] = CaseNames.Of(r.Indicator) }, r.Provenance)),
        ["alliances"] = Array(c.Alliances, a => WithProvenance(new JsonObject { ["state"] = a.State, ["with"] = a.With, ["kind"] = CaseNames.Of(a.Kind), ["pledges"] = new JsonArray([.. a.Pledges.Select(p => (JsonNode?)CaseNames.Of(p))]), ["from"] = a.From, ["to"] = a.To }, a.Provenance)),
        ["facts"] = Array(c.Facts, f => WithProvenance(new JsonObject { ["id"] = f.Id, ["label"] = f.Label, ["value"] = f.Value, ["unit"] = f.Unit, ["subject"] = f.Subject, ["year"] = f.Year, ["issue"] = f.Issue }, f.Provenance)),
        ["observed"] = Array(c.Observed, Observation),
        ["scenarios"] = Array(c.Scenarios, s => WithProvenance(new JsonObject { ["id"] = s.Id, ["title"] = s.Title, ["description"] = s.Description, ["edits"] = Array(s.Edits, e => new JsonObject { ["edit"] = e.Verb, ["summary"] = ScenarioText.Describe(e) }) }, s.Provenance)),
        ["basic_vector"] = c.BasicVector is { } v ? WithProvenance(new JsonObject { ["held"] = v.Held, ["ally"] = v.Ally, ["summary"] = v.Summary }, v.Provenance) : null,
    };

    public static string Serialize(Case c) => ToJson(c).ToJsonString(Options);

    private static JsonObject Actor(Actor a) => new()
    {
        ["id"] = a.Id,
        ["kind"] = CaseNames.Of(a.Kind),
        ["name"] = a.Name,
        ["state"] = a.State,
        ["government"] = a.Government is { } g ? CaseNames.Of(g) : null,
        ["note"] = a.Note,
        ["aliases"] = Strings(a.Aliases),
        ["members"] = Strings(a.Members),
        ["member_of"] = Strings(a.MemberOf),
        ["roles"] = Array(a.Roles, r => WithProvenance(new JsonObject { ["title"] = r.Title, ["of"] = r.Of, ["from"] = r.From.ToString(), ["to"] = r.To?.ToString(), ["shared"] = r.Shared, ["acting"] = r.Acting, ["suspended"] = Array(r.Suspended, s => new JsonObject { ["from"] = s.From.ToString(), ["to"] = s.To?.ToString() }) }, r.Provenance)),
        ["attributes"] = Array(a.Attributes, t => WithProvenance(new JsonObject { ["name"] = t.Name, ["value"] = t.Value }, t.Provenance)),
    };

    private static JsonObject Issue(Issue i) => new()
    {
        ["id"] = i.Id,
        ["title"] = i.Title,
        ["area"] = i.Area,
        ["scale"] = new JsonObject
        {
            ["min"] = i.Scale.Min,
            ["max"] = i.Scale.Max,
            ["unit"] = i.Scale.Unit,
            ["low"] = i.Scale.Low,
            ["high"] = i.Scale.High,
            ["anchors"] = Array(i.Scale.Anchors, a => new JsonObject { ["at"] = a.Value, ["text"] = a.Text }),
        },
        ["status_quo"] = WithProvenance(new JsonObject { ["value"] = i.StatusQuo.Value }, i.StatusQuo.Provenance),
        ["positions"] = Array(i.Positions, p => WithProvenance(
            new JsonObject
            {
                ["actor"] = p.Actor,
                ["period"] = p.Period,
                ["position"] = p.Value,
                ["salience"] = p.Salience,
                ["capability"] = p.Capability,
                ["range"] = Range(p.Range),
                ["salience_range"] = Range(p.SalienceRange),
                ["capability_range"] = Range(p.CapabilityRange),
            },
            p.Provenance)),
    };

    private static JsonObject Entry(DatedEntry e) => WithProvenance(
        new JsonObject
        {
            ["id"] = e.Id,
            ["date"] = e.Date.ToString(),
            ["date_precision"] = CaseNames.Of(e.Date.Precision),
            ["part"] = e.Part is { } part ? CaseNames.Of(part) : null,
            ["kind"] = e.Kind,
            ["actors"] = Strings(e.Actors),
            ["role"] = e.Role,
            ["targets"] = Strings(e.Targets),
            ["issues"] = Strings(e.Issues),
            ["summary"] = e.Summary,
            ["cameo"] = e.Cameo,
            ["note"] = e.Note,
        },
        e.Provenance);

    private static JsonObject Observation(Observation o) => WithProvenance(
        new JsonObject
        {
            ["id"] = o.Issue,
            ["issue"] = o.Issue,
            ["outcome"] = o.Outcome,
            ["label"] = CaseNames.Of(o.Label),
            ["phases"] = Array(o.Phases, p => new JsonObject { ["from"] = p.From.ToString(), ["to"] = p.To?.ToString(), ["label"] = CaseNames.Of(p.Label), ["summary"] = p.Summary }),
            ["evidence"] = Strings(o.Evidence),
            ["summary"] = o.Summary,
        },
        o.Provenance);

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

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(s => (JsonNode)JsonValue.Create(s))]);

    private static JsonArray? Range(Interval? range) => range is { } r ? new JsonArray(r.Low, r.High) : null;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
