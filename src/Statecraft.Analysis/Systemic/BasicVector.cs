using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Systemic;

/// <summary>
/// The basic-vector verdict (Eqs. S5-S6): the alignment a pure balance-of-power reading predicts for the focal state,
/// the alignment its positions show before and after the shock, and whether the vector held.
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
    int Year)
{
    /// <summary><c>held</c>, <c>changed</c>, or <c>undetermined</c> when the case lacks the structural figures or positions to judge.</summary>
    public string Verdict => Held ? "held" : BaselineAlly is null || AlignedBefore is null || AlignedAfter is null ? "undetermined" : "changed";

    /// <summary>
    /// Eq. S5: the main threat is the state with the largest threat to the focal state; the structural ally is the most
    /// capable other state that is less hostile than it. Eq. S6: the state the focal executive is aligned with in a period
    /// maximises 1 - mean|x_F - x_S| / width over the issues both take positions on (at least two).
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
        var before = Alignment(view, view.Before);
        var after = Alignment(view, view.PostShock[0]);
        var alignedBefore = Best(before);
        var alignedAfter = Best(after);
        var held = ally is not null && alignedBefore == ally && alignedAfter == ally;
        var capability = index.States.Where(s => index.Of(s, year) is not null).ToDictionary(s => s, s => index.Of(s, year)!.Value);
        return new BasicVector(held, main?.From, ally, alignedBefore, alignedAfter, before, after, threatList, capability, year);
    }

    private static Dictionary<string, double> Alignment(CaseView view, Period period)
    {
        var c = view.Case;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var state in c.Actors.Where(a => a.Kind == ActorKind.State && a.Id != c.Focal).Select(a => a.Id))
        {
            var gaps = c.Issues
                .Select(i => (Issue: i, F: view.StatePosition(c.Focal, i, period), S: StateStance(view, state, i, period)))
                .Where(x => x.F is not null && x.S is not null)
                .Select(x => Math.Abs(x.F!.Value - x.S!.Value) / x.Issue.Scale.Width)
                .ToList();
            if (gaps.Count >= 2)
            {
                result[state] = 1 - gaps.Average();
            }
        }

        return result;
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

    private static string? Best(Dictionary<string, double> alignment) =>
        alignment.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
}
