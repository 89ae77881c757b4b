using Statecraft.Cases.Fields;

namespace Statecraft.Cases.Model;

/// <summary>The structural indicators a case may carry per state and year.</summary>
public enum Indicator
{
    /// <summary>Gross domestic product, current US$.</summary>
    Gdp,

    /// <summary>Gross domestic product, PPP, current international $.</summary>
    GdpPpp,

    /// <summary>Military expenditure, current US$.</summary>
    Milex,

    /// <summary>Total population, persons.</summary>
    Population,
}

/// <summary>One structural figure: a state's indicator value in a year, with its publisher as source.</summary>
public sealed record StructuralFigure(string State, int Year, Indicator Indicator, double Value, string? Unit, Provenance Provenance) : Located
{
    internal static RecordShape<StructuralFigure> Shape { get; } = new RecordShape<StructuralFigure>(new(string.Empty, 0, default, 0, null, Provenance.None)).InFlow()
        .Text("state", f => f.State, (f, v) => f with { State = v }, required: true)
        .Integer("year", f => f.Year, (f, v) => f with { Year = v }, required: true)
        .Enum<Indicator>("indicator", f => f.Indicator, (f, v) => f with { Indicator = v }, required: true)
        .Number("value", f => f.Value, (f, v) => f with { Value = v }, required: true)
        .Text("unit", f => f.Unit, (f, v) => f with { Unit = v })
        .WithSource(f => f.Provenance, (f, p) => f with { Provenance = p })
        .JsonId(f => $"{f.State}-{f.Year}-{Yaml.CaseNames.Of(f.Indicator)}")
        .JsonExtra("table", f => f.Reference is { } r ? Yaml.CaseNames.Of(r.Table) : null);

    /// <summary>
    /// The reference this figure was read by, or null for a figure written in the case. The writer writes the
    /// reference instead of its figures, so a case read and written keeps the form its author chose. Set when the case
    /// is loaded, never written in a file, so it is no field of the shape.
    /// </summary>
    internal StructuralReference? Reference { get; init; }

    /// <summary>Whether the figure was read from a table by a structural reference rather than written in the case.</summary>
    public bool ReadByReference => Reference is not null;
}

/// <summary>A piece of hard data the case cites (Japan covers 75% of basing costs).</summary>
public sealed record Fact(string Id, string Label, double Value, string? Unit, string? Subject, int? Year, string? Issue, Provenance Provenance) : Located
{
    internal static RecordShape<Fact> Shape { get; } = new RecordShape<Fact>(new(string.Empty, string.Empty, 0, null, null, null, null, Provenance.None)).InFlow()
        .Text("id", f => f.Id, (f, v) => f with { Id = v }, required: true)
        .Text("label", f => f.Label, (f, v) => f with { Label = v }, required: true)
        .Number("value", f => f.Value, (f, v) => f with { Value = v }, required: true)
        .Text("unit", f => f.Unit, (f, v) => f with { Unit = v })
        .Text("subject", f => f.Subject, (f, v) => f with { Subject = v }, refers: Refers.Actor)
        .Integer("year", f => f.Year, (f, v) => f with { Year = v })
        .Text("issue", f => f.Issue, (f, v) => f with { Issue = v }, refers: Refers.Issue)
        .WithSource(f => f.Provenance, (f, p) => f with { Provenance = p });
}
