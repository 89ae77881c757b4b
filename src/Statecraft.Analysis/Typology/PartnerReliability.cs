using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Typology;

/// <summary>
/// Eq. A8b: the partner's reliability as a property of the relationship in one post-shock period, from everything it did
/// towards the focal state: on every issue, moving away from the focal state's ideal or jumping; acting on a third party
/// over the focal state's head; and the tone of its coded acts towards the focal state. Each piece of evidence is listed,
/// so <c>--explain</c> shows why the partner counted as unreliable.
/// </summary>
internal sealed record PartnerReliability(IReadOnlyList<string> Evidence)
{
    public bool Unreliable => Evidence.Count > 0;

    public static PartnerReliability Of(CaseView view, Period period, AnalysisOptions options)
    {
        var c = view.Case;
        var earlier = view.Previous(period);
        var evidence = new List<string>();
        foreach (var issue in c.Issues)
        {
            var xRef = view.StatePosition(c.Focal, issue, earlier)?.Value;
            var pPrev = view.StatePosition(c.Partner, issue, earlier)?.Value;
            var pNow = view.StatePosition(c.Partner, issue, period)?.Value;
            if (xRef is null || pPrev is null || pNow is null)
            {
                continue;
            }

            var move = (Math.Abs(pNow.Value - xRef.Value) - Math.Abs(pPrev.Value - xRef.Value)) / issue.Scale.Width;
            if (move > options.MoveThreshold)
            {
                evidence.Add($"{issue.Id}: moved away by {move:P0} of the scale");
            }
            else if (Math.Abs(pNow.Value - pPrev.Value) / issue.Scale.Width > options.VolatilityThreshold)
            {
                evidence.Add($"{issue.Id}: jumped by {Math.Abs(pNow.Value - pPrev.Value) / issue.Scale.Width:P0} of the scale");
            }
        }

        evidence.AddRange(OverHeadActs(view, period, issue: null).Select(id => $"acted over the focal state's head ({id})"));
        if (options.Goldstein is { } goldstein)
        {
            var tone = Entries(c)
                .Where(e => InWindow(view, period, e) && e.Cameo is not null)
                .Where(e => e.Actors.Any(view.OnPartnerSide) && e.Targets.Any(view.OnFocalSide))
                .Select(e => goldstein(e.Cameo!))
                .OfType<double>()
                .ToList();
            if (tone.Count > 0 && tone.Average() < 0)
            {
                evidence.Add($"its {tone.Count} coded acts towards the focal state average a Goldstein weight of {tone.Average():0.0}");
            }
        }

        return new PartnerReliability(evidence);
    }

    /// <summary>
    /// Eq. A8: entries (stimuli and events alike) dated in this period or the previous post-shock one, tagged with the issue
    /// (any issue when null), in which a partner actor acted on a third party with no focal actor among actors or targets.
    /// </summary>
    public static List<string> OverHeadActs(CaseView view, Period period, Issue? issue)
    {
        var c = view.Case;
        return Entries(c)
            .Where(s => (issue is null ? s.Issues.Count > 0 : s.Issues.Contains(issue.Id)) && InWindow(view, period, s))
            .Where(s => s.Actors.Any(view.OnPartnerSide))
            .Where(s => s.Targets.Any(view.IsThirdParty))
            .Where(s => !s.Actors.Concat(s.Targets).Any(view.OnFocalSide))
            .Select(s => s.Id)
            .ToList();
    }

    /// <summary>
    /// Eq. A10a: the focal state's counter-measures against the partner on the issue in the period: entries with a focal
    /// actor, a partner target, the issue's tag and a CAMEO code whose Goldstein weight is at most
    /// <see cref="AnalysisOptions.ResistThreshold"/> (rejecting a proposal, threats, sanctions and tariffs; not criticism).
    /// </summary>
    public static List<string> CounterMeasures(CaseView view, Period period, Issue issue, AnalysisOptions options)
    {
        var c = view.Case;
        if (options.Goldstein is not { } goldstein)
        {
            return [];
        }

        return Entries(c)
            .Where(e => e.Issues.Contains(issue.Id) && e.Cameo is not null && e.Date.Start >= period.From && e.Date.Start <= period.To)
            .Where(e => e.Actors.Any(view.OnFocalSide) && e.Targets.Any(view.OnPartnerSide))
            .Where(e => goldstein(e.Cameo!) is { } weight && weight <= options.ResistThreshold)
            .Select(e => e.Id)
            .ToList();
    }

    /// <summary>
    /// Eq. A7c: the partner's coercion on the issue in the period: entries with a partner actor, the issue's tag, no
    /// partner target and a CAMEO code whose Goldstein weight is at most <see cref="AnalysisOptions.ResistThreshold"/>
    /// (demands backed by threats, sanctions, tariffs), whether aimed at the focal state or at a third party over its head.
    /// </summary>
    public static List<string> CoerciveActs(CaseView view, Period period, Issue issue, AnalysisOptions options)
    {
        var c = view.Case;
        if (options.Goldstein is not { } goldstein)
        {
            return [];
        }

        return Entries(c)
            .Where(e => e.Issues.Contains(issue.Id) && e.Cameo is not null && e.Date.Start >= period.From && e.Date.Start <= period.To)
            .Where(e => e.Actors.Any(view.OnPartnerSide) && e.Targets.Count > 0 && !e.Targets.Any(view.OnPartnerSide))
            .Where(e => goldstein(e.Cameo!) is { } weight && weight <= options.ResistThreshold)
            .Select(e => e.Id)
            .ToList();
    }

    private static IEnumerable<DatedEntry> Entries(Case c) => c.Stimuli.Concat(c.Events);

    private static bool InWindow(CaseView view, Period period, DatedEntry e)
    {
        var from = view.PostShockIndex(period) > 0 ? view.Previous(period).From : period.From;
        return e.Date.Start >= from && e.Date.Start <= period.To;
    }
}
