using System.Globalization;
using Statecraft.Cases.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Writes a <see cref="Case"/> as one format-version-1 YAML file that <see cref="CaseReader"/> reads back to the same case.
/// </summary>
/// <remarks>Small records (positions, figures, roles) are written in flow style, one per line, as people write them.</remarks>
public static partial class CaseWriter
{
    /// <summary>Writes an <c>alliances</c> section alone, as a file a case directory can hold beside its others.</summary>
    public static void WriteAlliances(IReadOnlyList<Alliance> alliances, TextWriter writer)
    {
        var root = new YamlMappingNode();
        AddList(root, "alliances", alliances, Alliance);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
    }

    public static void Write(Case c, TextWriter writer)
    {
        var root = new YamlMappingNode();
        root.Add("formatVersion", Plain(Case.CurrentFormatVersion));
        Add(root, "id", c.Id);
        Add(root, "title", c.Title);
        Add(root, "description", c.Description);
        Add(root, "focal", c.Focal);
        Add(root, "partner", c.Partner);
        Add(root, "shock", c.Shock);
        AddList(root, "periods", c.Periods, p => Flow(("id", p.Id), ("from", Day(p.From)), ("to", Day(p.To)), ("title", p.Title)));
        AddList(root, "sources", c.Sources, s => Flow(("id", s.Id), ("citation", s.Citation), ("url", s.Url), ("published", s.Published?.ToString()), ("kind", s.Kind)));
        AddList(root, "actors", c.Actors, Actor);
        AddList(root, "ties", c.Ties, t => WithProvenance(Flow(("from", t.From), ("to", t.To), ("affinity", Number(t.Affinity)), ("kind", CaseNames.Of(t.Kind)), ("period", t.Period), ("undirected", t.Undirected ? "true" : null)), t.Provenance));
        AddList(root, "issues", c.Issues, Issue);
        AddList(root, "stimuli", c.Stimuli, Entry);
        AddList(root, "events", c.Events, Entry);
        AddList(root, "structural", Structural(c), node => node);
        AddList(root, "alliances", c.Alliances, Alliance);
        AddList(root, "facts", c.Facts, f => WithProvenance(
            Flow(("id", f.Id), ("label", f.Label), ("value", Number(f.Value)), ("unit", f.Unit), ("subject", f.Subject), ("year", f.Year is { } y ? Number(y) : null), ("issue", f.Issue)), f.Provenance));
        AddList(root, "observed", c.Observed, Observation);
        AddList(root, "scenarios", c.Scenarios, Scenario);
        if (c.BasicVector is { } vector)
        {
            root.Add("basicVector", WithProvenance(Flow(("held", vector.Held ? "true" : "false"), ("ally", vector.Ally), ("summary", vector.Summary)), vector.Provenance));
        }

        var stream = new YamlStream(new YamlDocument(root));
        stream.Save(writer, assignAnchors: false);
    }

    public static string ToText(Case c)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(c, writer);
        return writer.ToString();
    }

    /// <summary>Writes the case to <paramref name="path"/> through a temporary file, so a failure leaves nothing half-written.</summary>
    public static void WriteFile(Case c, string path)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            Write(c, writer);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// The literal figures, then the references; a figure a reference read is written as that reference, so a
    /// loaded case is written back in the form its author chose (its literal figures keep their order, as do its references).
    /// </summary>
    private static List<YamlMappingNode> Structural(Case c) =>
    [
        .. c.Structural.Where(f => f.Reference is null).Select(f => WithProvenance(
            Flow(("state", f.State), ("year", Number(f.Year)), ("indicator", CaseNames.Of(f.Indicator)), ("value", Number(f.Value)), ("unit", f.Unit)), f.Provenance)),
        .. c.StructuralReferences.Select(Reference),
    ];

    /// <summary><c>{ state, year | years: [from, to], table, source }</c>: one year is written as <c>year</c>.</summary>
    private static YamlMappingNode Reference(StructuralReference r)
    {
        var node = Flow(("state", r.State));
        if (r.FromYear == r.ToYear)
        {
            Add(node, "year", Number(r.FromYear));
        }
        else
        {
            node.Add("years", new YamlSequenceNode(new YamlScalarNode(Number(r.FromYear)), new YamlScalarNode(Number(r.ToYear))) { Style = SequenceStyle.Flow });
        }

        Add(node, "table", CaseNames.Of(r.Table));
        return WithProvenance(node, r.Provenance);
    }

    private static YamlMappingNode Actor(Actor a)
    {
        var node = new YamlMappingNode();
        Add(node, "id", a.Id);
        Add(node, "kind", CaseNames.Of(a.Kind));
        Add(node, "name", a.Name);
        Add(node, "state", a.State);
        Add(node, "government", a.Government is { } g ? CaseNames.Of(g) : null);
        Add(node, "note", a.Note);
        AddStrings(node, "aliases", a.Aliases);
        AddStrings(node, "members", a.Members);
        AddStrings(node, "memberOf", a.MemberOf);
        AddList(node, "roles", a.Roles, Role);
        AddList(node, "attributes", a.Attributes, t => WithProvenance(Flow(("name", t.Name), ("value", Number(t.Value))), t.Provenance));
        return node;
    }

    private static YamlMappingNode Issue(Issue i)
    {
        var node = new YamlMappingNode();
        Add(node, "id", i.Id);
        Add(node, "title", i.Title);
        Add(node, "area", i.Area);
        var scale = Flow(("min", Number(i.Scale.Min)), ("max", Number(i.Scale.Max)), ("unit", i.Scale.Unit), ("low", i.Scale.Low), ("high", i.Scale.High));
        AddList(scale, "anchors", i.Scale.Anchors, a => Flow(("at", Number(a.Value)), ("text", a.Text)));
        node.Add("scale", scale);
        node.Add("statusQuo", WithProvenance(Flow(("value", Number(i.StatusQuo.Value))), i.StatusQuo.Provenance));
        AddList(node, "positions", i.Positions, Position);
        return node;
    }

    private static YamlMappingNode Position(Position p)
    {
        var node = Flow(("actor", p.Actor), ("period", p.Period), ("position", Number(p.Value)), ("salience", Number(p.Salience)), ("capability", Number(p.Capability)));
        AddRange(node, "range", p.Range);
        AddRange(node, "salienceRange", p.SalienceRange);
        AddRange(node, "capabilityRange", p.CapabilityRange);
        return WithProvenance(node, p.Provenance);
    }

    private static YamlMappingNode Entry(DatedEntry e)
    {
        var node = Flow(("id", e.Id), ("date", e.Date.ToString()), ("part", e.Part is { } part ? CaseNames.Of(part) : null), ("kind", e.Kind));
        AddStrings(node, "actor", e.Actors);
        Add(node, "role", e.Role);
        AddStrings(node, "target", e.Targets);
        AddStrings(node, "issues", e.Issues);
        Add(node, "summary", e.Summary);
        if (e.Cameo is not null)
        {
            node.Add("cameo", new YamlScalarNode(e.Cameo) { Style = ScalarStyle.DoubleQuoted });
        }

        Add(node, "note", e.Note);
        return WithProvenance(node, e.Provenance);
    }

    private static YamlMappingNode Observation(Observation o)
    {
        var node = new YamlMappingNode();
        Add(node, "issue", o.Issue);
        Add(node, "outcome", o.Outcome is { } outcome ? Number(outcome) : null);
        Add(node, "label", CaseNames.Of(o.Label));
        AddList(node, "phases", o.Phases, p => Flow(("from", p.From.ToString()), ("to", p.To?.ToString()), ("label", CaseNames.Of(p.Label)), ("summary", p.Summary)));
        AddStrings(node, "evidence", o.Evidence);
        Add(node, "summary", o.Summary);
        return WithProvenance(node, o.Provenance);
    }
}
