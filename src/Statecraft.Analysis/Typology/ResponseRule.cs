using Statecraft.Analysis.Intervening;
using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Typology;

/// <summary>
/// The response typology of DESIGN.md as a rule (docs/model.md, Eqs. A6-A10): for the focal state F and partner P on one
/// issue after the shock, hedge if F opened to a third party while P was unreliable; exploit if P moved closer to F's
/// ideal; if P moved away, assuage when bargaining with F's persuasion brings the forecast near F's ideal, else adapt;
/// otherwise the previous period's label holds.
/// </summary>
public sealed class ResponseRule(CaseView view, AnalysisOptions options, IBargainingModel model, ForecastCache? cache = null)
{
    private readonly ForecastCache _cache = cache ?? new ForecastCache();

    public PhaseAssessment Assess(Issue issue, Period period, ResponseLabel previous, InterveningSwitches switches, bool withoutPersuasionToo = true)
    {
        var c = view.Case;
        var earlier = view.Previous(period);
        var width = issue.Scale.Width;
        var xRef = view.StatePosition(c.Focal, issue, earlier)?.Value;
        var xNow = view.StatePosition(c.Focal, issue, period)?.Value;
        var pPrev = view.StatePosition(c.Partner, issue, earlier)?.Value;
        var pNow = view.StatePosition(c.Partner, issue, period)?.Value;
        var access = Access.Of(view, period, switches, options);
        if (xRef is null || xNow is null || pPrev is null || pNow is null)
        {
            return new PhaseAssessment(period, previous, "the case gives no position of the focal or partner executive", xRef, xNow, pPrev, pNow, null, null, [], null, access, null, null);
        }

        // Eq. A6: the change of the partner's distance from the focal state's ideal before the change.
        var move = (Math.Abs(pNow.Value - xRef.Value) - Math.Abs(pPrev.Value - xRef.Value)) / width;
        var jump = Math.Abs(pNow.Value - pPrev.Value) / width;
        var overHead = OverHeadActs(issue, period);
        var opening = Opening(issue, period, xRef.Value, xNow.Value);
        var assessment = new PhaseAssessment(period, previous, string.Empty, xRef, xNow, pPrev, pNow, move, jump, overHead, opening, access, null, null);

        // Eqs. A7-A8: the partner moved away, jumped, or acted over the focal state's head: it is unreliable.
        var away = move > options.MoveThreshold;
        var unreliable = away || jump > options.VolatilityThreshold || overHead.Count > 0;
        if (opening is not null && unreliable)
        {
            return assessment with { Label = ResponseLabel.Hedge, Rule = "the focal state opened to a third party while the partner was unreliable" };
        }

        if (move < -options.MoveThreshold)
        {
            return assessment with { Label = ResponseLabel.Exploit, Rule = "the partner moved closer to the focal state's ideal" };
        }

        if (!away)
        {
            return assessment with { Label = previous, Rule = "the partner did not move: the previous label holds" };
        }

        // Eq. A10: the partner moved away; does bargaining with the focal leader's persuasion bring the outcome back?
        var forecast = Forecast(issue, period, access, switches);
        double? withoutPersuasion = withoutPersuasionToo ? Forecast(issue, period, 0, switches) : null;

        var near = Math.Abs(forecast - xRef.Value) / width <= options.NearThreshold;
        return assessment with
        {
            Label = near ? ResponseLabel.Assuage : ResponseLabel.Adapt,
            Rule = near ? "the partner moved away, but bargaining brings the forecast near the focal ideal" : "the partner moved away and the forecast stays far from the focal ideal",
            Forecast = forecast,
            ForecastWithoutPersuasion = withoutPersuasion,
        };
    }

    /// <summary>The default model's forecast on the issue in the period when the focal leader has the given access (Eq. A5d).</summary>
    public double Forecast(Issue issue, Period period, double access, InterveningSwitches switches) =>
        PersuadedForecast(issue, period, access, switches).Forecast;

    /// <summary>
    /// Eq. A5d: the focal leader uses as much of its access as helps. The forecast is the one closest to the focal
    /// state's position among the runs with access 0, s, 2s, ... up to the access it has (s = <see cref="AnalysisOptions.AccessStep"/>),
    /// the smallest such access on ties. Persuasion can then never push the outcome away from the persuader, and the
    /// distance from the focal position can only shrink as access grows, whatever the bargaining model's rounds do
    /// (the expected utility model's are not monotone in any one actor's weight).
    /// </summary>
    public (double Forecast, double Access) PersuadedForecast(Issue issue, Period period, double access, InterveningSwitches switches)
    {
        var focal = view.StatePosition(view.Case.Focal, issue, period)?.Value;
        var best = (Forecast: Run(issue, period, 0, switches), Access: 0.0);
        if (focal is null)
        {
            return best;
        }

        var steps = (int)Math.Floor((access / options.AccessStep) + 1e-9);
        for (var k = 1; k <= steps; k++)
        {
            var forecast = Run(issue, period, k, switches);
            if (Math.Abs(forecast - focal.Value) < Math.Abs(best.Forecast - focal.Value) - (1e-9 * issue.Scale.Width))
            {
                best = (forecast, k * options.AccessStep);
            }
        }

        return best;
    }

    /// <summary>One bargaining run with access k steps (Eq. A5 inside the table), cached per case.</summary>
    private double Run(Issue issue, Period period, int step, InterveningSwitches switches)
    {
        var access = Math.Min(1, step * options.AccessStep);
        return _cache.GetOrAdd(issue.Id, period.Id, switches, options, access, () =>
            model.Run(ActorTableBuilder.Build(view, issue, period, access, switches, options), options.Bargaining).Forecast);
    }

    /// <summary>
    /// Eq. A8: stimuli in this period or the previous post-shock one, tagged with the issue, in which a partner actor acted on a
    /// third party with no focal actor among the actors or targets.
    /// </summary>
    private List<string> OverHeadActs(Issue issue, Period period)
    {
        var c = view.Case;
        var from = view.PostShockIndex(period) > 0 ? view.Previous(period).From : period.From;
        return c.Stimuli
            .Where(s => s.Issues.Contains(issue.Id) && s.Date.Start >= from && s.Date.Start <= period.To)
            .Where(s => s.Actors.Any(a => view.CountryOf(a) == c.Partner))
            .Where(s => s.Targets.Any(view.IsThirdParty))
            .Where(s => !s.Actors.Concat(s.Targets).Any(a => view.CountryOf(a) == c.Focal))
            .Select(s => s.Id)
            .ToList();
    }

    /// <summary>Eq. A9: the third party the focal state moved towards by more than the move threshold, with the largest such move.</summary>
    private (string Actor, double Share)? Opening(Issue issue, Period period, double xRef, double xNow)
    {
        var best = view.PositionsIn(issue, period)
            .Where(p => view.IsThirdParty(p.Actor))
            .Select(p => (p.Actor, Share: (Math.Abs(xRef - p.Value) - Math.Abs(xNow - p.Value)) / issue.Scale.Width))
            .OrderByDescending(x => x.Share)
            .ThenBy(x => x.Actor, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Actor is not null && best.Share > options.MoveThreshold ? best : null;
    }
}
