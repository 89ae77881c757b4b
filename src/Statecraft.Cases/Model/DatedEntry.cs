using Statecraft.Cases.Fields;
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
    /// <summary>One entry may name several actors and targets (<c>actor: [JPN, USA]</c>); the JSON form says <c>actors</c>, <c>targets</c>.</summary>
    internal static RecordShape<DatedEntry> Shape { get; } =
        new RecordShape<DatedEntry>(new() { Id = string.Empty, Date = default, Kind = string.Empty, Summary = string.Empty, Provenance = Provenance.None }).InFlow()
        .Text("id", e => e.Id, (e, v) => e with { Id = v }, required: true)
        .Date("date", e => e.Date, (e, v) => e with { Date = v }, required: true)
        .Enum<DatePart>("part", e => e.Part, (e, v) => e with { Part = v })
        .Text("kind", e => e.Kind, (e, v) => e with { Kind = v }, required: true)
        .Texts("actor", e => e.Actors, (e, v) => e with { Actors = v }, refers: Refers.Actor, json: "actors")
        .Text("role", e => e.Role, (e, v) => e with { Role = v })
        .Texts("target", e => e.Targets, (e, v) => e with { Targets = v }, refers: Refers.Actor, json: "targets")
        .Texts("issues", e => e.Issues, (e, v) => e with { Issues = v }, refers: Refers.Issue)
        .Text("summary", e => e.Summary, (e, v) => e with { Summary = v }, required: true)
        .Text("cameo", e => e.Cameo, (e, v) => e with { Cameo = v }, quoted: true)
        .Text("note", e => e.Note, (e, v) => e with { Note = v })
        .WithSource(e => e.Provenance, (e, p) => e with { Provenance = p })
        .JsonExtra("date_precision", e => Yaml.CaseNames.Of(e.Date.Precision));

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
