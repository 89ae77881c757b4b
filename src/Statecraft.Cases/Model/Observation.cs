using Statecraft.Cases.Fields;
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
    /// <summary>An observation without <c>label</c> has an unknown one (format version 2); the JSON form's <c>id</c> is its issue.</summary>
    internal static RecordShape<Observation> Shape { get; } =
        new RecordShape<Observation>(new() { Issue = string.Empty, Label = ResponseLabel.Unknown, Provenance = Provenance.None })
        .Text("issue", o => o.Issue, (o, v) => o with { Issue = v }, required: true, refers: Refers.Issue)
        .Number("outcome", o => o.Outcome, (o, v) => o with { Outcome = v })
        .Enum<ResponseLabel>("label", o => o.Label, (o, v) => o with { Label = v })
        .List("phases", () => Phase.Shape, o => o.Phases, (o, v) => o with { Phases = v })
        .Texts("evidence", o => o.Evidence, (o, v) => o with { Evidence = v }, refers: Refers.Entry)
        .Text("summary", o => o.Summary, (o, v) => o with { Summary = v })
        .WithSource(o => o.Provenance, (o, p) => o with { Provenance = p })
        .JsonId(o => o.Issue);

    public required string Issue { get; init; }

    public double? Outcome { get; init; }

    public required ResponseLabel Label { get; init; }

    public IReadOnlyList<Phase> Phases { get; init; } = [];

    public IReadOnlyList<string> Evidence { get; init; } = [];

    public string? Summary { get; init; }

    public required Provenance Provenance { get; init; }
}

/// <summary>A stretch of time in which the response on an issue had one label.</summary>
public sealed record Phase(PartialDate From, PartialDate? To, ResponseLabel Label, string? Summary) : Located
{
    internal static RecordShape<Phase> Shape { get; } = new RecordShape<Phase>(new(default, null, ResponseLabel.None, null)).InFlow()
        .Date("from", p => p.From, (p, v) => p with { From = v }, required: true)
        .Date("to", p => p.To, (p, v) => p with { To = v })
        .Enum<ResponseLabel>("label", p => p.Label, (p, v) => p with { Label = v }, required: true)
        .Text("summary", p => p.Summary, (p, v) => p with { Summary = v });
}

/// <summary>
/// Whether the focal state kept its basic alignment (its alliance with <see cref="Ally"/>) through the case,
/// as the sources record it: the observed side of the basic-vector verdict (docs/encoding-protocol.md, step 11).
/// </summary>
public sealed record ObservedVector(bool Held, string? Ally, string? Summary, Provenance Provenance) : Located
{
    internal static RecordShape<ObservedVector> Shape { get; } = new RecordShape<ObservedVector>(new(false, null, null, Provenance.None)).InFlow()
        .Boolean("held", v => v.Held, (v, h) => v with { Held = h }, required: true)
        .Text("ally", v => v.Ally, (v, a) => v with { Ally = a }, refers: Refers.State)
        .Text("summary", v => v.Summary, (v, s) => v with { Summary = s })
        .WithSource(v => v.Provenance, (v, p) => v with { Provenance = p });
}
