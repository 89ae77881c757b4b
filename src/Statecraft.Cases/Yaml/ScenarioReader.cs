using Statecraft.Cases.Model;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Reads scenarios. Their edits are verbs with their own arguments (docs/case-format.md, "scenarios") rather than
/// fields of a record, so they are read here instead of from a record shape.
/// </summary>
internal static class ScenarioReader
{
    public static Scenario? Scenario(MapReader r)
    {
        var id = r.String("id", required: true);
        var title = r.String("title", required: true);
        var description = r.String("description");
        var edits = r.List("edits", Edit);
        var provenance = r.Provenance();
        return id is null || title is null ? null : r.Locate(new Scenario(id, title, description, edits, provenance));
    }

    private static ScenarioEdit? Edit(MapReader r)
    {
        var verbs = new[] { "setPosition", "copyPositions", "removePosition", "setTie", "setAttribute", "removeStimulus" };
        var present = verbs.Where(r.Has).ToList();
        if (present.Count != 1)
        {
            r.Errors.Add(new Diagnostics.InputError(r.File, r.Location.Line, r.Location.Column, r.Path, "an edit is a mapping with exactly one of " + string.Join(", ", verbs)));
            foreach (var verb in verbs)
            {
                r.Map(verb);
            }

            return null;
        }

        var body = r.Map(present[0]);
        if (body is null)
        {
            return null;
        }

        ScenarioEdit? edit = present[0] switch
        {
            "setPosition" => SetPosition(body),
            "copyPositions" => CopyPositions(body),
            "removePosition" => RemovePosition(body),
            "setTie" => SetTie(body),
            "setAttribute" => SetAttribute(body),
            _ => RemoveStimulus(body),
        };
        body.Finish();
        return edit is null ? null : body.Locate(edit);
    }

    private static SetPosition? SetPosition(MapReader r)
    {
        var actor = r.String("actor", required: true);
        var issue = r.String("issue", required: true);
        var period = r.String("period", required: true);
        var edit = new SetPosition(actor ?? string.Empty, issue ?? string.Empty, period ?? string.Empty, r.Number("position"), r.Number("salience"), r.Number("capability"));
        return actor is null || issue is null || period is null ? null : edit;
    }

    private static CopyPositions? CopyPositions(MapReader r)
    {
        var fromActor = r.String("fromActor", required: true);
        var fromPeriod = r.String("fromPeriod", required: true);
        var toActor = r.String("toActor", required: true);
        var toPeriod = r.String("toPeriod", required: true);
        var issues = r.Strings("issues");
        return fromActor is null || fromPeriod is null || toActor is null || toPeriod is null
            ? null
            : new CopyPositions(fromActor, fromPeriod, toActor, toPeriod, issues);
    }

    private static RemovePosition? RemovePosition(MapReader r)
    {
        var actor = r.String("actor", required: true);
        var issue = r.String("issue", required: true);
        var period = r.String("period", required: true);
        return actor is null || issue is null || period is null ? null : new RemovePosition(actor, issue, period);
    }

    private static SetTie? SetTie(MapReader r)
    {
        var from = r.String("from", required: true);
        var to = r.String("to", required: true);
        var affinity = r.Number("affinity", required: true);
        var kind = r.Enum<TieKind>("kind");
        return from is null || to is null || affinity is null ? null : new SetTie(from, to, affinity.Value, kind);
    }

    private static SetAttribute? SetAttribute(MapReader r)
    {
        var actor = r.String("actor", required: true);
        var name = r.String("name", required: true);
        var value = r.Number("value", required: true);
        return actor is null || name is null || value is null ? null : new SetAttribute(actor, name, value.Value);
    }

    private static RemoveStimulus? RemoveStimulus(MapReader r)
    {
        var stimulus = r.String("stimulus", required: true);
        return stimulus is null ? null : new RemoveStimulus(stimulus);
    }
}
