using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Model;

/// <summary>How the focal state responded to the partner's change on an issue (DESIGN.md, "Response strategy").</summary>
public enum ResponseLabel
{
    None,
    Assuage,
    Adapt,
    Exploit,
    Hedge,

    /// <summary>Counter-measures against the partner (docs/encoding-protocol.md).</summary>
    Resist,

    /// <summary>An observed label the sources do not settle; never an engine output.</summary>
    Unknown,
}

/// <summary>What happened on an issue: the outcome on its scale, the response label, and the evidence.</summary>
public sealed record Observation : Located
{
    public required string Issue { get; init; }

    public double? Outcome { get; init; }

    public required ResponseLabel Label { get; init; }

    public IReadOnlyList<Phase> Phases { get; init; } = [];

    public IReadOnlyList<string> Evidence { get; init; } = [];

    public string? Summary { get; init; }

    public required Provenance Provenance { get; init; }
}

/// <summary>A stretch of time in which the response on an issue had one label.</summary>
public sealed record Phase(PartialDate From, PartialDate? To, ResponseLabel Label, string? Summary) : Located;

/// <summary>
/// Whether the focal state kept its basic alignment (its alliance with <see cref="Ally"/>) through the case,
/// as the sources record it: the observed side of the basic-vector verdict (docs/encoding-protocol.md, step 11).
/// </summary>
public sealed record ObservedVector(bool Held, string? Ally, string? Summary, Provenance Provenance) : Located;
