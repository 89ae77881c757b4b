namespace Statecraft.Cases.Model;

/// <summary>One policy dimension that actors bargain over, with a numeric scale whose ends are described in words.</summary>
public sealed record Issue : Located
{
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
    /// <summary>The scale's points described in words between its ends (the protocol's 25, 50 and 75).</summary>
    public IReadOnlyList<ScaleAnchor> Anchors { get; init; } = [];

    public bool Contains(double value) => value >= Min && value <= Max;

    public double Width => Max - Min;
}

/// <summary>A point of a scale described in words, so that a position is the anchor a statement matches.</summary>
public sealed record ScaleAnchor(double Value, string Text) : Located;

/// <summary>A number with its provenance.</summary>
public sealed record SourcedValue(double Value, Provenance Provenance) : Located;

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
    Provenance Provenance) : Located;
