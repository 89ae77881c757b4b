using System.Collections.Frozen;

namespace Statecraft.Coding.Dates;

/// <summary>The words of English date expressions: months, seasons, part-of-month modifiers and counts.</summary>
internal static class DateVocabulary
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan."] = 1,
        ["february"] = 2,
        ["feb."] = 2,
        ["march"] = 3,
        ["mar."] = 3,
        ["april"] = 4,
        ["apr."] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun."] = 6,
        ["july"] = 7,
        ["jul."] = 7,
        ["august"] = 8,
        ["aug."] = 8,
        ["september"] = 9,
        ["sept."] = 9,
        ["sep."] = 9,
        ["october"] = 10,
        ["oct."] = 10,
        ["november"] = 11,
        ["nov."] = 11,
        ["december"] = 12,
        ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Seasons as their middle month (northern hemisphere, as the sources use them).</summary>
    public static readonly FrozenDictionary<string, int> Seasons = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["spring"] = 4,
        ["summer"] = 7,
        ["autumn"] = 10,
        ["fall"] = 10,
        ["winter"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Part-of-month words as the day they point at: "early" and "beginning" 5, "mid" 15, "late" and "end" 25.</summary>
    public static readonly FrozenDictionary<string, int> Modifiers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["early"] = 5,
        ["beginning"] = 5,
        ["start"] = 5,
        ["mid"] = 15,
        ["middle"] = 15,
        ["late"] = 25,
        ["end"] = 25,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["several"] = 3,
        ["few"] = 3,
        ["eleven"] = 11,
        ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Offsets of one unit: day, week, month, year.</summary>
    public static DateOffset? Unit(string norm, int count) => norm switch
    {
        "day" or "days" => new DateOffset(count, 0, 0),
        "week" or "weeks" => new DateOffset(7 * count, 0, 0),
        "month" or "months" => new DateOffset(0, count, 0),
        "year" or "years" => new DateOffset(0, 0, count),
        _ => null,
    };

    /// <summary>The precision a relative expression keeps: days and weeks give days, months months, years years.</summary>
    public static Statecraft.Cases.Vocabulary.DatePrecision UnitPrecision(DateOffset offset) =>
        offset.Days != 0 ? Statecraft.Cases.Vocabulary.DatePrecision.Day
        : offset.Months != 0 ? Statecraft.Cases.Vocabulary.DatePrecision.Month
        : Statecraft.Cases.Vocabulary.DatePrecision.Year;
}
