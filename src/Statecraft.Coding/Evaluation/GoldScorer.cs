using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Pipeline;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Evaluation;

/// <summary>Reads a gold table and scores extracted events against it with <see cref="EventMatching"/>.</summary>
internal static class GoldScorer
{
    /// <summary>
    /// Scores the interstate events among <paramref name="extracted"/>: those not negated whose two states are
    /// known and differ (the gold holds interstate events only).
    /// </summary>
    public static AccuracyScore Score(IEnumerable<CodedEvent> extracted, IReadOnlyList<GoldEvent> gold)
    {
        var scored = extracted.Where(e => !e.Negated && e.SourceCountry is not null && e.TargetCountry is not null && e.SourceCountry != e.TargetCountry).ToList();
        var correct = scored.Count(e => gold.Any(g => EventMatching.Matches(e, g)));
        var found = gold.Count(g => scored.Any(e => EventMatching.Matches(e, g)));
        return new AccuracyScore(scored.Count, correct, gold.Count, found);
    }

    /// <summary>Reads a gold table: <c>date, source, target, quad, mutual, event</c> (see the seed's gold for the conventions).</summary>
    public static IReadOnlyList<GoldEvent> Read(TextReader reader, string file)
    {
        var gold = new List<GoldEvent>();
        var errors = new List<InputError>();
        foreach (var row in EmbeddedTable.Rows(reader))
        {
            var f = row.Fields;
            if (!PartialDate.TryParse(f[0], out var date) || !int.TryParse(f[3], out var quad) || quad is < 1 or > 4)
            {
                errors.Add(new InputError(file, row.Line, 0, string.Empty, "gold row needs a date (YYYY[-MM[-DD]]) and a quad class 1-4"));
                continue;
            }

            var multilateral = f[2].Trim() == "*";
            var parties = multilateral ? f[1].Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : [];
            gold.Add(new GoldEvent(date, multilateral ? null : f[1].Trim(), multilateral ? null : f[2].Trim(), parties, quad, f[4].Trim() == "yes", f[5]));
        }

        return errors.Count == 0 ? gold : throw new InvalidInputException(errors);
    }
}
