using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Analysis.Systemic;

/// <summary>The threat one state poses to another in a year, with the parts it is made of (Eq. S4).</summary>
public sealed record Threat(string From, string To, double RelativePower, double Hostility, string HostilitySource, double Proximity)
{
    /// <summary>T = relative power x hostility x proximity.</summary>
    public double Value => RelativePower * Hostility * Proximity;
}

/// <summary>
/// Threat of B to A (Eqs. S2-S4): B's relative power against A, B's hostility towards A, and proximity.
/// Hostility is a case input (<c>hostility:A</c> on B's state actor, 0..1) or, failing that, the mean Goldstein weight of
/// B's coded acts towards A in the window around the shock: H = max(0, -mean / 10).
/// Proximity is a case input (<c>proximity:B</c> on A's state actor, 0..1) or 1 on the same continent and 0.5 otherwise.
/// </summary>
internal sealed class ThreatModel(Case c, CapabilityIndex capability, AnalysisOptions options)
{
    public Threat? Of(string from, string to, int year)
    {
        if (capability.Relative(from, to, year) is not { } power)
        {
            return null;
        }

        var (hostility, source) = Hostility(from, to);
        return new Threat(from, to, power, hostility, source, Proximity(to, from));
    }

    private (double, string) Hostility(string from, string to)
    {
        if (c.FindActor(from)?.Attribute("hostility:" + to) is { } given)
        {
            return (given, "case input");
        }

        var shock = c.FindStimulus(c.Shock)!.Date.Start;
        var (start, end) = (shock.AddMonths(-options.HostilityWindowMonths), shock.AddMonths(options.HostilityWindowMonths));
        var weights = c.Stimuli.Concat(c.Events)
            .Where(e => e.Cameo is not null && e.Date.Start >= start && e.Date.Start <= end)
            .Where(e => e.Actors.Any(a => c.FindActor(a)?.Country == from) && e.Targets.Any(t => c.FindActor(t)?.Country == to))
            .Select(e => options.Goldstein?.Invoke(e.Cameo!))
            .OfType<double>()
            .ToList();
        return weights.Count == 0 ? (0, "no input and no coded events") : (Math.Max(0, -weights.Average() / 10), $"mean Goldstein of {weights.Count} events");
    }

    private double Proximity(string of, string to)
    {
        if (c.FindActor(of)?.Attribute("proximity:" + to) is { } given)
        {
            return given;
        }

        return Countries.TryGetByIso3(of, out var a) && Countries.TryGetByIso3(to, out var b) && a.Continent == b.Continent ? 1 : 0.5;
    }
}
