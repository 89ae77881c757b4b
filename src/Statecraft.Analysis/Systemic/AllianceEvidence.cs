using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Systemic;

/// <summary>
/// Eq. S7a: how strongly the focal state is bound to another state in a period, from the case's alliance evidence:
/// a treaty in force (2 for a defence or offence pact, 1 for consultation, neutrality or non-aggression pledges only),
/// forces hosted either way (1) and joint defence acts in the timeline (1).
/// </summary>
public sealed record AllianceEvidence(string State, int Treaty, bool Forces, IReadOnlyList<string> JointActs)
{
    /// <summary>
    /// CAMEO codes of joint defence acts: military cooperation (062), military aid (073), military protection (074)
    /// and the intent to cooperate militarily (0312). Sub-codes count with their parent.
    /// </summary>
    internal static IReadOnlyList<string> DefenceCodes { get; } = ["062", "073", "074", "0312"];

    /// <summary>The strength of the evidence, 0 (none) to 4.</summary>
    public int Strength => Treaty + (Forces ? 1 : 0) + (JointActs.Count > 0 ? 1 : 0);

    /// <summary>The evidence binding the focal state to <paramref name="state"/> in <paramref name="period"/>.</summary>
    internal static AllianceEvidence Of(CaseView view, string state, Period period)
    {
        var c = view.Case;
        var links = c.Alliances.Where(a => a.Links(c.Focal, state) && a.InForce(period.From.Year, period.To.Year)).ToList();
        var treaty = links.Any(a => a.IsMilitaryPact) ? 2 : links.Any(a => a.Kind == AllianceKind.Treaty) ? 1 : 0;
        var forces = links.Any(a => a.Kind == AllianceKind.Forces);
        var acts = c.Stimuli.Concat(c.Events)
            .Where(e => period.Contains(e.Date.Start) && e.Cameo is { } code && DefenceCodes.Any(code.StartsWith))
            .Where(e => Joins(view, e, c.Focal, state))
            .Select(e => e.Id)
            .ToList();
        return new AllianceEvidence(state, treaty, forces, acts);
    }

    private static bool Joins(CaseView view, DatedEntry entry, string a, string b)
    {
        var from = entry.Actors.Select(view.CountryOf).ToHashSet();
        var to = entry.Targets.Select(view.CountryOf).ToHashSet();
        return (from.Contains(a) && to.Contains(b)) || (from.Contains(b) && to.Contains(a));
    }
}
