using System.Globalization;
using Statecraft.Cases.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

public static partial class CaseWriter
{
    private static YamlMappingNode Scenario(Scenario s)
    {
        var node = new YamlMappingNode();
        Add(node, "id", s.Id);
        Add(node, "title", s.Title);
        Add(node, "description", s.Description);
        WithProvenance(node, s.Provenance);
        AddList(node, "edits", s.Edits, Edit);
        return node;
    }

    private static YamlMappingNode Edit(ScenarioEdit edit)
    {
        var body = edit switch
        {
            SetPosition e => Flow(("actor", e.Actor), ("issue", e.Issue), ("period", e.Period), ("position", Optional(e.Position)), ("salience", Optional(e.Salience)), ("capability", Optional(e.Capability))),
            CopyPositions e => Flow(("fromActor", e.FromActor), ("fromPeriod", e.FromPeriod), ("toActor", e.ToActor), ("toPeriod", e.ToPeriod)),
            RemovePosition e => Flow(("actor", e.Actor), ("issue", e.Issue), ("period", e.Period)),
            SetTie e => Flow(("from", e.From), ("to", e.To), ("affinity", Number(e.Affinity)), ("kind", e.Kind is { } k ? CaseNames.Of(k) : null)),
            SetAttribute e => Flow(("actor", e.Actor), ("name", e.Name), ("value", Number(e.Value))),
            RemoveStimulus e => Flow(("stimulus", e.Stimulus)),
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit.Verb, "unknown scenario edit"),
        };
        if (edit is CopyPositions { Issues.Count: > 0 } copy)
        {
            AddStrings(body, "issues", copy.Issues);
        }

        return new YamlMappingNode { { edit.Verb, body } };
    }

    private static YamlMappingNode Flow(params (string Key, string? Value)[] fields)
    {
        var node = new YamlMappingNode { Style = MappingStyle.Flow };
        foreach (var (key, value) in fields)
        {
            Add(node, key, value);
        }

        return node;
    }

    private static YamlMappingNode WithProvenance(YamlMappingNode node, Provenance provenance)
    {
        Add(node, "source", provenance.Source);
        Add(node, "judgement", provenance.Judgement);
        return node;
    }

    private static void Add(YamlMappingNode node, string key, string? value)
    {
        if (value is not null)
        {
            node.Add(key, new YamlScalarNode(value));
        }
    }

    private static void AddStrings(YamlMappingNode node, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            node.Add(key, new YamlSequenceNode(values.Select(v => new YamlScalarNode(v))) { Style = SequenceStyle.Flow });
        }
    }

    private static void AddList<T>(YamlMappingNode node, string key, IReadOnlyList<T> items, Func<T, YamlMappingNode> map)
    {
        if (items.Count > 0)
        {
            node.Add(key, new YamlSequenceNode(items.Select(map)));
        }
    }

    private static YamlScalarNode Plain(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Optional(double? value) => value is { } v ? Number(v) : null;
}
