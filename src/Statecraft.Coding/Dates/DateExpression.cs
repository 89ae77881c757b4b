using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Dates;

/// <summary>How a date expression fixes a date.</summary>
internal enum DateExpressionKind
{
    /// <summary>A full or partial calendar date: "November 8, 2016", "December 2012", "in 2009", "mid-April 2017".</summary>
    Absolute,

    /// <summary>A month (and maybe a day) without a year: "late September", "on March 11"; the narrative gives the year.</summary>
    YearLess,

    /// <summary>An offset from the narrative's last date: "one week later", "the following months".</summary>
    Relative,

    /// <summary>The narrative's last date again: "since then", "at that time".</summary>
    Same,
}

/// <summary>A date expression found in a sentence, not yet resolved against the narrative.</summary>
/// <param name="Kind">How it fixes a date.</param>
/// <param name="Token">Index of its first token in the sentence.</param>
/// <param name="Date">For <see cref="DateExpressionKind.Absolute"/>: the date; for year-less dates, the month and day in year 1... see <see cref="Month"/>.</param>
/// <param name="Month">For year-less expressions: the month.</param>
/// <param name="Day">For year-less expressions: the day, or null.</param>
/// <param name="AnchorDay">The day of the month the expression points at ("late" -> 25, "mid" -> 15), used by later offsets.</param>
/// <param name="Offset">For relative expressions: the offset.</param>
/// <param name="Precision">For relative expressions: the precision of the result.</param>
internal sealed record DateExpression(
    DateExpressionKind Kind,
    int Token,
    PartialDate? Date,
    int Month,
    int? Day,
    int AnchorDay,
    DateOffset Offset,
    DatePrecision Precision)
{
    /// <summary>Whether the expression is coordinated with the one before it ("in April and September"): rule D7.</summary>
    public bool Coordinated { get; init; }

    /// <summary>
    /// For an absolute date in a past-perfect clause (rule D8): the index of the clause's "had", from which the date
    /// governs the sentence's events; -1 for a date of the narrative itself.
    /// </summary>
    public int FlashbackFrom { get; init; } = -1;
}

/// <summary>An offset in days, months and years.</summary>
internal readonly record struct DateOffset(int Days, int Months, int Years)
{
    public DateOnly ApplyTo(DateOnly date) => date.AddYears(Years).AddMonths(Months).AddDays(Days);
}
