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
    /// <summary>
    /// The reference this figure was read by, or null for a figure written in the case. The writer writes the
    /// reference instead of its figures, so a case read and written keeps the form its author chose.
    /// </summary>
    public StructuralReference? Reference { get; init; }
}

/// <summary>A piece of hard data the case cites (Japan covers 75% of basing costs).</summary>
public sealed record Fact(string Id, string Label, double Value, string? Unit, string? Subject, int? Year, string? Issue, Provenance Provenance) : Located;
