namespace Statecraft.Cases.Vocabulary;

/// <summary>How much of a date is known.</summary>
/// <remarks>
/// Narrative sources rarely give full dates ("in mid-April 2017", "in 2009"); the precision travels
/// with the date so that analyses can match at the level the source supports.
/// </remarks>
public enum DatePrecision
{
    /// <summary>A calendar day is known.</summary>
    Day,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>No date could be resolved; the document's date stands in.</summary>
    Document,
}
