using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Model;

/// <summary>Which part of a month or year a narrative date names ("in mid-April", "late September").</summary>
public enum DatePart
{
    Early,
    Mid,
    Late,
}

/// <summary>
/// A dated stimulus (a change to the structure: an election, a tariff, a missile test) or event (an interaction
/// on the timeline: a meeting, a statement, an agreement).
/// </summary>
public sealed record DatedEntry : Located
{
    public required string Id { get; init; }

    public required PartialDate Date { get; init; }

    public DatePart? Part { get; init; }

    public required string Kind { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The office the actor acted in; the date must fall inside it.</summary>
    public string? Role { get; init; }

    public IReadOnlyList<string> Targets { get; init; } = [];

    public IReadOnlyList<string> Issues { get; init; } = [];

    public required string Summary { get; init; }

    /// <summary>An optional CAMEO code, kept as a string ("036" is not "36").</summary>
    public string? Cameo { get; init; }

    /// <summary>Free text for a reader of the case: a doubt about the source, how a date was read (format version 2).</summary>
    public string? Note { get; init; }

    public required Provenance Provenance { get; init; }
}
