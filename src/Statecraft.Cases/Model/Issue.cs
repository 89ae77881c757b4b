using Statecraft.Cases.Fields;

namespace Statecraft.Cases.Model;

/// <summary>One policy dimension that actors bargain over, with a numeric scale whose ends are described in words.</summary>
public sealed record Issue : Located
{
    internal static RecordShape<Issue> Shape { get; } =
        new RecordShape<Issue>(new() { Id = string.Empty, Title = string.Empty, Scale = Scale.Shape.Blank, StatusQuo = SourcedValue.Shape.Blank })
        .Text("id", i => i.Id, (i, v) => i with { Id = v }, required: true)
        .Text("title", i => i.Title, (i, v) => i with { Title = v }, required: true)
        .Text("area", i => i.Area, (i, v) => i with { Area = v })
        .Map("scale", () => Scale.Shape, i => i.Scale, (i, v) => i with { Scale = v }, required: true)
        .Map("statusQuo", () => SourcedValue.Shape, i => i.StatusQuo, (i, v) => i with { StatusQuo = v }, required: true)
        .List("positions", () => Position.Shape, i => i.Positions, (i, v) => i with { Positions = v });

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Area { get; init; }

    public required Scale Scale { get; init; }

    /// <summary>Where the issue stood before the shock, on the scale.</summary>
    public required SourcedValue StatusQuo { get; init; }

    public IReadOnlyList<Position> Positions { get; init; } = [];

    public IEnumerable<Position> PositionsIn(string period) => Positions.Where(p => p.Period == period);

    public Position? PositionOf(string actor, string period) => Positions.FirstOrDefault(p => p.Actor == actor && p.Period == period);
}

/// <summary>An issue's scale: numeric bounds and what each end means.</summary>
public sealed record Scale(double Min, double Max, string? Unit, string Low, string High) : Located
{
    internal static RecordShape<Scale> Shape { get; } = new RecordShape<Scale>(new(0, 0, null, string.Empty, string.Empty)).InFlow()
        .Number("min", s => s.Min, (s, v) => s with { Min = v }, required: true)
        .Number("max", s => s.Max, (s, v) => s with { Max = v }, required: true)
        .Text("unit", s => s.Unit, (s, v) => s with { Unit = v })
        .Text("low", s => s.Low, (s, v) => s with { Low = v }, required: true)
        .Text("high", s => s.High, (s, v) => s with { High = v }, required: true)
        .List("anchors", () => ScaleAnchor.Shape, s => s.Anchors, (s, v) => s with { Anchors = v });

    /// <summary>The scale's points described in words between its ends (the protocol's 25, 50 and 75).</summary>
    public IReadOnlyList<ScaleAnchor> Anchors { get; init; } = [];

    public bool Contains(double value) => value >= Min && value <= Max;

    public double Width => Max - Min;
}

/// <summary>A point of a scale described in words, so that a position is the anchor a statement matches.</summary>
public sealed record ScaleAnchor(double Value, string Text) : Located
{
    internal static RecordShape<ScaleAnchor> Shape { get; } = new RecordShape<ScaleAnchor>(new(0, string.Empty)).InFlow()
        .Number("at", a => a.Value, (a, v) => a with { Value = v }, required: true)
        .Text("text", a => a.Text, (a, v) => a with { Text = v }, required: true);
}

/// <summary>A number with its provenance.</summary>
public sealed record SourcedValue(double Value, Provenance Provenance) : Located
{
    internal static RecordShape<SourcedValue> Shape { get; } = new RecordShape<SourcedValue>(new(0, Provenance.None)).InFlow()
        .Number("value", v => v.Value, (s, v) => s with { Value = v }, required: true)
        .WithSource(v => v.Provenance, (v, p) => v with { Provenance = p });
}

/// <summary>An inclusive interval of uncertainty around a stated value.</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}

/// <summary>What an actor wanted on an issue in a period, how much it cared, and how much it could bring to bear.</summary>
/// <param name="Actor">Actor id.</param>
/// <param name="Period">Period id.</param>
/// <param name="Value">The position on the issue's scale.</param>
/// <param name="Salience">How much the issue matters to the actor, 0..1.</param>
/// <param name="Capability">The actor's clout on the issue, non-negative (normalised per issue by the models).</param>
/// <param name="Range">Uncertainty of the position, on the scale.</param>
/// <param name="SalienceRange">Uncertainty of the salience, within 0..1.</param>
/// <param name="CapabilityRange">Uncertainty of the capability.</param>
/// <param name="Provenance">Where the numbers come from.</param>
public sealed record Position(
    string Actor,
    string Period,
    double Value,
    double Salience,
    double Capability,
    Interval? Range,
    Interval? SalienceRange,
    Interval? CapabilityRange,
    Provenance Provenance) : Located
{
    internal static RecordShape<Position> Shape { get; } = new RecordShape<Position>(new(string.Empty, string.Empty, 0, 0, 0, null, null, null, Provenance.None)).InFlow()
        .Text("actor", p => p.Actor, (p, v) => p with { Actor = v }, required: true, refers: Refers.Actor)
        .Text("period", p => p.Period, (p, v) => p with { Period = v }, required: true, refers: Refers.Period)
        .Number("position", p => p.Value, (p, v) => p with { Value = v }, required: true)
        .Number("salience", p => p.Salience, (p, v) => p with { Salience = v }, required: true, within: (0, 1))
        .Number("capability", p => p.Capability, (p, v) => p with { Capability = v }, required: true)
        .Range("range", p => p.Range, (p, v) => p with { Range = v })
        .Range("salienceRange", p => p.SalienceRange, (p, v) => p with { SalienceRange = v })
        .Range("capabilityRange", p => p.CapabilityRange, (p, v) => p with { CapabilityRange = v })
        .WithSource(p => p.Provenance, (p, s) => p with { Provenance = s });
}
