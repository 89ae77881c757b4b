using System.Globalization;
using Statecraft.Cases.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Writes a <see cref="Case"/> as one YAML file of the current format version that <see cref="CaseReader"/> reads back to the same case.
/// </summary>
/// <remarks>Each record is written from its shape (<see cref="Fields.RecordShape{T}"/>); scenarios from their edits.</remarks>
public static partial class CaseWriter
{
    /// <summary>Writes an <c>alliances</c> section alone, as a file a case directory can hold beside its others.</summary>
    public static void WriteAlliances(IReadOnlyList<Alliance> alliances, TextWriter writer)
    {
        var root = new YamlMappingNode();
        AddList(root, "alliances", alliances, Model.Alliance.Shape.ToYaml);
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
        AddList(root, "periods", c.Periods, Period.Shape.ToYaml);
        AddList(root, "sources", c.Sources, Source.Shape.ToYaml);
        AddList(root, "actors", c.Actors, Actor.Shape.ToYaml);
        AddList(root, "ties", c.Ties, Tie.Shape.ToYaml);
        AddList(root, "issues", c.Issues, Issue.Shape.ToYaml);
        AddList(root, "stimuli", c.Stimuli, DatedEntry.Shape.ToYaml);
        AddList(root, "events", c.Events, DatedEntry.Shape.ToYaml);
        AddList(root, "structural", Structural(c), node => node);
        AddList(root, "alliances", c.Alliances, Alliance.Shape.ToYaml);
        AddList(root, "facts", c.Facts, Fact.Shape.ToYaml);
        AddList(root, "observed", c.Observed, Observation.Shape.ToYaml);
        AddList(root, "scenarios", c.Scenarios, Scenario);
        if (c.BasicVector is { } vector)
        {
            root.Add("basicVector", ObservedVector.Shape.ToYaml(vector));
        }

        var stream = new YamlStream(new YamlDocument(root));
        stream.Save(writer, assignAnchors: false);
    }

    /// <summary>
    /// The literal figures, then the references; a figure a reference read is written as that reference, so a
    /// loaded case is written back in the form its author chose (its literal figures keep their order, as do its references).
    /// </summary>
    private static List<YamlMappingNode> Structural(Case c) =>
    [
        .. c.Structural.Where(f => f.Reference is null).Select(StructuralFigure.Shape.ToYaml),
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
}
