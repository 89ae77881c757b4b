using Statecraft.Cases.Model;

namespace Statecraft.Cases.Yaml;

/// <summary>One reader per kind of record in a case file (docs/case-format.md, "Sections").</summary>
internal static partial class SectionReaders
{
    public static Period? Period(MapReader r)
    {
        var id = r.String("id", required: true);
        // Any precision (format version 2): a period from 2017-01 to 2017-03 runs from 1 January to 31 March.
        var from = r.Date("from", required: true)?.Start;
        var to = r.Date("to", required: true)?.End;
        var title = r.String("title");
        return id is null || from is null || to is null ? null : r.Locate(new Period(id, from.Value, to.Value, title));
    }

    public static Source? Source(MapReader r)
    {
        var id = r.String("id", required: true);
        var citation = r.String("citation", required: true);
        var source = new Source(id ?? string.Empty, citation ?? string.Empty, r.String("url"), r.Date("published"), r.String("kind"));
        return id is null || citation is null ? null : r.Locate(source);
    }

    public static Actor? Actor(MapReader r)
    {
        var id = r.String("id", required: true);
        var kind = r.Enum<ActorKind>("kind", required: true);
        var name = r.String("name", required: true);
        var actor = new Actor
        {
            Id = id ?? string.Empty,
            Kind = kind ?? ActorKind.Person,
            Name = name ?? string.Empty,
            State = r.String("state"),
            Aliases = r.Strings("aliases"),
            Members = r.Strings("members"),
            MemberOf = r.Strings("memberOf"),
            Roles = r.List("roles", Role),
            Attributes = r.List("attributes", Attribute),
            Government = r.Enum<Government>("government"),
            Note = r.String("note"),
        };
        return id is null || kind is null || name is null ? null : r.Locate(actor);
    }

    public static Role? Role(MapReader r)
    {
        var title = r.String("title", required: true);
        var of = r.String("of", required: true);
        var from = r.Date("from", required: true);
        var role = new Role(title ?? string.Empty, of ?? string.Empty, from ?? default, r.Date("to"), r.Flag("shared"), r.Provenance())
        {
            Acting = r.Flag("acting"),
            Suspended = r.List("suspended", Suspension),
        };
        return title is null || of is null || from is null ? null : r.Locate(role);
    }

    public static Suspension? Suspension(MapReader r)
    {
        var from = r.Date("from", required: true);
        return from is null ? null : r.Locate(new Suspension(from.Value, r.Date("to")));
    }

    public static ActorAttribute? Attribute(MapReader r)
    {
        var name = r.String("name", required: true);
        var value = r.Number("value", required: true);
        var provenance = r.Provenance();
        return name is null || value is null ? null : r.Locate(new ActorAttribute(name, value.Value, provenance));
    }

    public static Tie? Tie(MapReader r)
    {
        var from = r.String("from", required: true);
        var to = r.String("to", required: true);
        var affinity = r.Number("affinity", required: true);
        var tie = new Tie(from ?? string.Empty, to ?? string.Empty, affinity ?? 0, r.Enum<TieKind>("kind") ?? TieKind.Personal, r.String("period"), r.Provenance())
        {
            Undirected = r.Flag("undirected"),
        };
        return from is null || to is null || affinity is null ? null : r.Locate(tie);
    }

    public static Issue? Issue(MapReader r)
    {
        var id = r.String("id", required: true);
        var title = r.String("title", required: true);
        var area = r.String("area");
        var scale = r.Map("scale", required: true) is { } s ? Scale(s) : null;
        var statusQuo = r.Map("statusQuo", required: true) is { } q ? SourcedValue(q) : null;
        var positions = r.List("positions", Position);
        if (id is null || title is null || scale is null || statusQuo is null)
        {
            return null;
        }

        return r.Locate(new Issue { Id = id, Title = title, Area = area, Scale = scale, StatusQuo = statusQuo, Positions = positions });
    }

    public static Position? Position(MapReader r)
    {
        var actor = r.String("actor", required: true);
        var period = r.String("period", required: true);
        var value = r.Number("position", required: true);
        var salience = r.Number("salience", required: true);
        var capability = r.Number("capability", required: true);
        var position = new Position(
            actor ?? string.Empty, period ?? string.Empty, value ?? 0, salience ?? 0, capability ?? 0,
            r.Interval("range"), r.Interval("salienceRange"), r.Interval("capabilityRange"), r.Provenance());
        return actor is null || period is null || value is null || salience is null || capability is null ? null : r.Locate(position);
    }

    public static DatedEntry? Entry(MapReader r)
    {
        var id = r.String("id", required: true);
        var date = r.Date("date", required: true);
        var kind = r.String("kind", required: true);
        var summary = r.String("summary", required: true);
        var entry = new DatedEntry
        {
            Id = id ?? string.Empty,
            Date = date ?? default,
            Part = r.Enum<DatePart>("part"),
            Kind = kind ?? string.Empty,
            Actors = r.Strings("actor"),
            Role = r.String("role"),
            Targets = r.Strings("target"),
            Issues = r.Strings("issues"),
            Summary = summary ?? string.Empty,
            Cameo = r.String("cameo"),
            Note = r.String("note"),
            Provenance = r.Provenance(),
        };
        return id is null || date is null || kind is null || summary is null ? null : r.Locate(entry);
    }

    private static readonly string[] LiteralOnly = ["indicator", "value", "unit", "judgement"];

    /// <summary>A <c>structural</c> entry: a reference when it names a <c>table</c>, else a literal figure.</summary>
    public static Located? StructuralEntry(MapReader r) => r.Has("table") ? Reference(r) : Figure(r);

    /// <summary>
    /// <c>{ state, year | years: [from, to], table, source }</c>: the table gives the indicator, the values and their unit,
    /// so the fields of a literal figure are refused rather than silently ignored.
    /// </summary>
    public static StructuralReference? Reference(MapReader r)
    {
        var state = r.String("state", required: true);
        var table = r.Enum<StructuralTable>("table", required: true);
        var years = Years(r);
        var source = r.String("source", required: true);
        foreach (var key in LiteralOnly.Where(r.Has))
        {
            r.MarkRead(key);
            r.Report(r.Node(key)!, r.FieldPath(key), $"a reference reads '{key}' from its table; write either a figure with value or a reference with table, not both");
        }

        return state is null || table is null || years is null || source is null
            ? null
            : r.Locate(new StructuralReference(state, years.Value.From, years.Value.To, table.Value, new Provenance(source, null)));
    }

    /// <summary><c>year: Y</c> (one year) or <c>years: [from, to]</c> (every year from one to the other); exactly one.</summary>
    private static (int From, int To)? Years(MapReader r)
    {
        if (r.Has("year") == r.Has("years"))
        {
            r.Report(r.Node("years") ?? r.Node("year") ?? r.Root, r.FieldPath("years"), "a reference needs 'year: Y' or 'years: [from, to]' (one of them)");
            r.MarkRead("year");
            r.MarkRead("years");
            return null;
        }

        if (r.Has("year"))
        {
            return r.Integer("year") is { } year ? (year, year) : null;
        }

        var range = r.Interval("years");
        if (range is not { } span)
        {
            return null;
        }

        if (span.Low != Math.Floor(span.Low) || span.High != Math.Floor(span.High) || span.Low > span.High || span.Low < 1 || span.High > 9999)
        {
            r.Report(r.Node("years")!, r.FieldPath("years"), "expected [from, to]: two whole years, from not after to");
            return null;
        }

        return ((int)span.Low, (int)span.High);
    }

    public static StructuralFigure? Figure(MapReader r)
    {
        var state = r.String("state", required: true);
        var year = r.Integer("year", required: true);
        var indicator = r.Enum<Indicator>("indicator", required: true);
        var value = r.Number("value", required: true);
        var figure = new StructuralFigure(state ?? string.Empty, year ?? 0, indicator ?? default, value ?? 0, r.String("unit"), r.Provenance());
        return state is null || year is null || indicator is null || value is null ? null : r.Locate(figure);
    }

    public static Alliance? Alliance(MapReader r)
    {
        var state = r.String("state", required: true);
        var with = r.String("with", required: true);
        var kind = r.Enum<AllianceKind>("kind", required: true);
        var from = r.Integer("from", required: true);
        var alliance = new Alliance(state ?? string.Empty, with ?? string.Empty, kind ?? default, r.Enums<Pledge>("pledges"), from ?? 0, r.Integer("to"), r.Provenance());
        return state is null || with is null || kind is null || from is null ? null : r.Locate(alliance);
    }

    public static Fact? Fact(MapReader r)
    {
        var id = r.String("id", required: true);
        var label = r.String("label", required: true);
        var value = r.Number("value", required: true);
        var fact = new Fact(id ?? string.Empty, label ?? string.Empty, value ?? 0, r.String("unit"), r.String("subject"), r.Integer("year"), r.String("issue"), r.Provenance());
        return id is null || label is null || value is null ? null : r.Locate(fact);
    }

    public static Observation? Observation(MapReader r)
    {
        var issue = r.String("issue", required: true);
        var label = r.Has("label") ? r.Enum<ResponseLabel>("label", required: true) : ResponseLabel.Unknown;
        var observation = new Observation
        {
            Issue = issue ?? string.Empty,
            Outcome = r.Number("outcome"),
            Label = label ?? ResponseLabel.Unknown,
            Phases = r.List("phases", Phase),
            Evidence = r.Strings("evidence"),
            Summary = r.String("summary"),
            Provenance = r.Provenance(),
        };
        return issue is null || label is null ? null : r.Locate(observation);
    }

    public static Phase? Phase(MapReader r)
    {
        var from = r.Date("from", required: true);
        var label = r.Enum<ResponseLabel>("label", required: true);
        var phase = new Phase(from ?? default, r.Date("to"), label ?? ResponseLabel.None, r.String("summary"));
        return from is null || label is null ? null : r.Locate(phase);
    }

    private static Scale? Scale(MapReader r)
    {
        var min = r.Number("min", required: true);
        var max = r.Number("max", required: true);
        var unit = r.String("unit");
        var low = r.String("low", required: true);
        var high = r.String("high", required: true);
        var anchors = r.List("anchors", Anchor);
        r.Finish();
        return min is null || max is null || low is null || high is null ? null : r.Locate(new Scale(min.Value, max.Value, unit, low, high) { Anchors = anchors });
    }

    private static ScaleAnchor? Anchor(MapReader r)
    {
        var at = r.Number("at", required: true);
        var text = r.String("text", required: true);
        return at is null || text is null ? null : r.Locate(new ScaleAnchor(at.Value, text));
    }

    public static ObservedVector? BasicVector(MapReader r)
    {
        var held = r.Boolean("held", required: true);
        var vector = new ObservedVector(held ?? false, r.String("ally"), r.String("summary"), r.Provenance());
        return held is null ? null : r.Locate(vector);
    }

    private static SourcedValue? SourcedValue(MapReader r)
    {
        var value = r.Number("value", required: true);
        var provenance = r.Provenance();
        r.Finish();
        return value is null ? null : r.Locate(new SourcedValue(value.Value, provenance));
    }
}
