using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Intervening;

/// <summary>
/// Builds the bargaining table of an issue in a period from the case, applying the intervening variables that act on
/// the decision: domestic clout (Eq. A2), perception (Eq. A3) and the focal leader's persuasion of the partner (Eq. A5).
/// </summary>
internal static class ActorTableBuilder
{
    public static IssueTable Build(CaseView view, Issue issue, Period period, double access, InterveningSwitches switches, AnalysisOptions options)
    {
        var positions = view.PositionsIn(issue, period);
        var focal = view.StatePosition(view.Case.Focal, issue, period);
        var partnerExecutive = view.StatePosition(view.Case.Partner, issue, period)?.Actor;
        var countries = positions.Select(p => view.CountryOf(p.Actor)).Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        var actors = positions.Select(p =>
        {
            var actor = view.Actor(p.Actor);
            var capability = switches.DomesticClout ? WithClout(actor, p.Capability, options) : p.Capability;
            var salience = switches.Perception ? Perceived(actor, p.Salience, countries, options) : p.Salience;
            if (p.Actor == partnerExecutive && focal is not null)
            {
                return new BargainingActor(p.Actor, capability, Persuaded(p.Value, salience, focal.Value, access, options), Defused(salience, access, options));
            }

            if (focal is not null && p.Actor == focal.Actor)
            {
                return new BargainingActor(p.Actor, Weighted(capability, access, options), p.Value, salience);
            }

            return new BargainingActor(p.Actor, capability, p.Value, salience);
        });
        return new IssueTable(actors, new ScaleBounds(issue.Scale.Min, issue.Scale.Max), issue.StatusQuo.Value);
    }

    /// <summary>Eq. A2: c' = c * (1 + kappa * (clout - 0.5)), floored at 0, for actors with a <c>clout</c> attribute.</summary>
    public static double WithClout(Actor? actor, double capability, AnalysisOptions options) =>
        actor?.Attribute("clout") is { } clout ? Math.Max(0, capability * (1 + (options.CloutWeight * (clout - 0.5)))) : capability;

    /// <summary>
    /// Eq. A3: s' = clamp(s + gamma * (tp - 0.5)) with tp the actor's strongest <c>threatPerception:S</c> of a state S that
    /// takes part in the issue (another than its own): leaders weight issues through their images of the threats in them.
    /// </summary>
    public static double Perceived(Actor? actor, double salience, IReadOnlySet<string?> countries, AnalysisOptions options)
    {
        if (actor is null)
        {
            return salience;
        }

        var perceptions = actor.Attributes
            .Where(a => a.Name.StartsWith("threatPerception:", StringComparison.Ordinal))
            .Where(a => a.Name["threatPerception:".Length..] is var s && s != actor.Country && countries.Contains(s))
            .Select(a => a.Value)
            .ToList();
        return perceptions.Count == 0 ? salience : Math.Clamp(salience + (options.PerceptionWeight * (perceptions.Max() - 0.5)), 0, 1);
    }

    /// <summary>
    /// Eq. A5: p' = p + alpha * a * (1 - s_P) * (x_F - p): the focal leader's access pulls the partner's executive towards
    /// the focal ideal, less so on issues the partner cares about.
    /// </summary>
    public static double Persuaded(double partner, double partnerSalience, double focal, double access, AnalysisOptions options) =>
        partner + (options.PersuasionStrength * access * (1 - partnerSalience) * (focal - partner));

    /// <summary>Eq. A5c: c_F' = c_F * (1 + alpha * a): access gives the focal leader weight in the partner's decision.</summary>
    public static double Weighted(double focalCapability, double access, AnalysisOptions options) =>
        focalCapability * (1 + (options.PersuasionStrength * access));

    /// <summary>
    /// Eq. A5b: s' = s * (1 - alpha * a * (1 - s)): access also defuses the issue for the partner (it "lessens its
    /// criticism"), again less so on issues it cares most about.
    /// </summary>
    public static double Defused(double partnerSalience, double access, AnalysisOptions options) =>
        partnerSalience * (1 - (options.PersuasionStrength * access * (1 - partnerSalience)));
}
