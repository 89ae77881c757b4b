using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Systemic;

/// <summary>On what a period's alignment was read (Eq. S7).</summary>
public enum AlignmentBasis
{
    /// <summary>No state had alliance evidence and no state's positions covered enough issues: undetermined.</summary>
    None,

    /// <summary>The state the focal state is most strongly bound to by treaties, forces hosted and joint defence acts.</summary>
    AllianceEvidence,

    /// <summary>No alliance evidence: the state whose positions are closest over at least the minimum number of issues.</summary>
    IssueAlignment,
}

/// <summary>The alignment read for one period, with the evidence behind it.</summary>
public sealed record AlignmentReading(
    string Period,
    string? AlignedWith,
    AlignmentBasis Basis,
    IReadOnlyDictionary<string, AllianceEvidence> Evidence,
    IReadOnlyDictionary<string, double> IssueAlignment,
    IReadOnlyDictionary<string, int> IssuesCovered);

/// <summary>
/// The basic-vector verdict: the alignment a pure balance-of-power reading predicts for the focal state (Eqs. S5-S6),
/// the alignment its alliance evidence and positions show before the shock and in every period after it (Eq. S7), and
/// whether it held.
/// </summary>
public sealed record BasicVector(
    bool Held,
    string? MainThreat,
    string? BaselineAlly,
    string? AlignedBefore,
    string? AlignedAfter,
    IReadOnlyDictionary<string, double> AlignmentBefore,
    IReadOnlyDictionary<string, double> AlignmentAfter,
    IReadOnlyList<Threat> Threats,
    IReadOnlyDictionary<string, double> Capability,
    int Year,
    IReadOnlyList<AlignmentReading> Readings)
{
    /// <summary>
    /// <c>held</c> when every post-shock period reads the same alignment as the period before the shock, <c>changed</c>
    /// when one reads another, <c>undetermined</c> when a period cannot be read (Eq. S7c).
    /// </summary>
    public string Verdict => Held ? "held" : Readings.Any(r => r.AlignedWith is null) ? "undetermined" : "changed";

    /// <summary>Whether the alignment before the shock is the one balance of power predicts (balancing) or not; null when either is unknown.</summary>
    public bool? Balancing => AlignedBefore is null || BaselineAlly is null ? null : AlignedBefore == BaselineAlly;

    /// <summary>
    /// Eq. S5: the main threat is the state with the largest threat to the focal state; the structural ally is the most
    /// capable other state that is less hostile than it. Eq. S7: each period's alignment is read from alliance evidence
    /// first (S7a), from issue alignment only where no state has any (S7b), and the vector held when no post-shock
    /// period reads another state than the period before the shock (S7c).
    /// </summary>
    public static BasicVector Of(CaseView view, AnalysisOptions options)
    {
        var c = view.Case;
        var year = c.FindStimulus(c.Shock)!.Date.Year;
        var index = new CapabilityIndex(c.Structural);
        var threats = new ThreatModel(c, index, options);
        var others = index.States.Where(s => s != c.Focal).ToList();
        var threatList = others.Select(s => threats.Of(s, c.Focal, year)).OfType<Threat>().OrderByDescending(t => t.Value).ToList();
        var main = threatList.FirstOrDefault(t => t.Value > 0);
        var ally = others
            .Where(s => s != main?.From && (main is null || threatList.First(t => t.From == s).Hostility < main.Hostility))
            .OrderByDescending(s => index.Of(s, year) ?? 0)
            .FirstOrDefault();
        var capability = index.States.Where(s => index.Of(s, year) is not null).ToDictionary(s => s, s => index.Of(s, year)!.Value);
        var readings = new[] { view.Before }.Concat(view.PostShock).Select(p => Read(view, p, capability, options)).ToList();
        var before = readings[0];
        var after = readings.Skip(1).FirstOrDefault(r => r.AlignedWith != before.AlignedWith) ?? readings[1];
        var held = before.AlignedWith is not null && readings.All(r => r.AlignedWith == before.AlignedWith);
        return new BasicVector(
            held, main?.From, ally, before.AlignedWith, after.AlignedWith, before.IssueAlignment, after.IssueAlignment, threatList, capability, year, readings);
    }

    private static AlignmentReading Read(CaseView view, Period period, IReadOnlyDictionary<string, double> capability, AnalysisOptions options)
    {
        var c = view.Case;
        var states = c.Actors.Where(a => a.Kind == ActorKind.State && a.Id != c.Focal).Select(a => a.Id).Distinct().ToList();
        var evidence = states.Select(s => AllianceEvidence.Of(view, s, period)).Where(e => e.Strength > 0).ToDictionary(e => e.State);
        var (alignment, covered) = IssueAlignment(view, period, states);
        var enough = alignment.Where(kv => covered[kv.Key] >= options.MinIssueCoverage).ToDictionary(kv => kv.Key, kv => kv.Value);

        // S7a: the strongest alliance evidence decides; among equally bound states the closer positions (over enough
        // issues), then the more capable state (the pole of the alignment), then the id, so the reading is reproducible.
        if (evidence.Count > 0)
        {
            var best = evidence.Values
                .OrderByDescending(e => e.Strength)
                .ThenByDescending(e => enough.GetValueOrDefault(e.State, double.NegativeInfinity))
                .ThenByDescending(e => capability.GetValueOrDefault(e.State))
                .ThenBy(e => e.State, StringComparer.Ordinal)
                .First();
            return new AlignmentReading(period.Id, best.State, AlignmentBasis.AllianceEvidence, evidence, alignment, covered);
        }

        // S7b: without alliance evidence, issue alignment decides only where it covers the stated minimum of issues.
        var closest = enough.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
        return new AlignmentReading(period.Id, closest, closest is null ? AlignmentBasis.None : AlignmentBasis.IssueAlignment, evidence, alignment, covered);
    }

    /// <summary>Eq. S6: 1 - mean|x_F - x_S| / width over the issues both take positions on, with the number of those issues.</summary>
    private static (Dictionary<string, double> Alignment, Dictionary<string, int> Covered) IssueAlignment(CaseView view, Period period, List<string> states)
    {
        var c = view.Case;
        var alignment = new Dictionary<string, double>(StringComparer.Ordinal);
        var covered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            var gaps = c.Issues
                .Select(i => (Issue: i, F: view.StatePosition(c.Focal, i, period), S: StateStance(view, state, i, period)))
                .Where(x => x.F is not null && x.S is not null)
                .Select(x => Math.Abs(x.F!.Value - x.S!.Value) / x.Issue.Scale.Width)
                .ToList();
            covered[state] = gaps.Count;
            if (gaps.Count > 0)
            {
                alignment[state] = 1 - gaps.Average();
            }
        }

        return (alignment, covered);
    }

    /// <summary>A state's stance: its executive's position (focal and partner), else the state actor's, else its leaders' mean.</summary>
    private static Position? StateStance(CaseView view, string state, Issue issue, Period period)
    {
        if (view.StatePosition(state, issue, period) is { } direct)
        {
            return direct;
        }

        var own = view.PositionsIn(issue, period).Where(p => view.Actor(p.Actor) is { Kind: ActorKind.Person } a && a.Country == state).ToList();
        return own.Count == 0 ? null : own[0] with { Value = own.Average(p => p.Value) };
    }
}
