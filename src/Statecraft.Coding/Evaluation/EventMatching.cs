using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Evaluation;

/// <summary>
/// The matching rule (docs/coding-rules.md, "Accuracy"): an extracted event matches a gold event when the
/// source and target countries match (either order for mutual events; any two parties for multilateral ones),
/// the quad class matches, and the extracted date lies in the gold period at the gold's precision, a month-precise
/// gold accepting one month either side. Negated events never match: they did not happen.
/// </summary>
internal static class EventMatching
{
    public static bool Matches(CodedEvent extracted, GoldEvent gold) =>
        !extracted.Negated && extracted.Type.Quad == gold.Quad && CountriesMatch(extracted.SourceCountry, extracted.TargetCountry, gold)
        && extracted.Date is { } date && InWindow(date, gold.Date);

    public static bool CountriesMatch(string? source, string? target, GoldEvent gold)
    {
        if (source is null || target is null || source == target)
        {
            return false;
        }

        if (gold.IsMultilateral)
        {
            return gold.Parties.Contains(source) && gold.Parties.Contains(target);
        }

        return (source == gold.Source && target == gold.Target) || (gold.Mutual && source == gold.Target && target == gold.Source);
    }

    /// <summary>Whether the extracted period lies inside the gold period (widened by a month each side for month precision).</summary>
    public static bool InWindow(PartialDate extracted, PartialDate gold)
    {
        var from = gold.Start;
        var to = gold.End;
        if (gold.Precision == DatePrecision.Month)
        {
            from = from.AddMonths(-1);
            to = new DateOnly(gold.Year, gold.Month!.Value, 1).AddMonths(2).AddDays(-1);
        }

        return extracted.Start >= from && extracted.End <= to;
    }
}
