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
internal sealed class ResponseRule(CaseView view, AnalysisOptions options, IBargainingModel model, ForecastCache? cache = null)
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
        var overHead = PartnerReliability.OverHeadActs(view, period, issue);
        var opening = Opening(issue, period, xRef.Value, xNow.Value, pNow.Value);
        var assessment = new PhaseAssessment(period, previous, string.Empty, xRef, xNow, pPrev, pNow, move, jump, overHead, opening, access, null, null);

        // Eq. A10a: counter-measures against the partner on this issue are resistance, whatever else happened.
        var counter = PartnerReliability.CounterMeasures(view, period, issue, options);
        if (counter.Count > 0)
        {
            return assessment with { Label = ResponseLabel.Resist, Rule = $"the focal state took counter-measures against the partner ({string.Join(", ", counter)})" };
        }

        // Eqs. A7b, A7c: pressing (the same distant demand, made much more salient or backed by coercion on the issue) counts
        // as moving away; engaging (a shared aim made much more salient) as moving closer.
        var distance = Math.Abs(pNow.Value - xRef.Value) / width;
        var salienceRise = SalienceOf(issue, period) - SalienceOf(issue, earlier);
        var coerced = PartnerReliability.CoerciveActs(view, period, issue, options);
        var pressed = move >= -options.MoveThreshold && distance > options.MoveThreshold && (salienceRise > options.SalienceThreshold || coerced.Count > 0);
        var engaged = distance <= options.MoveThreshold && salienceRise > options.SalienceThreshold;

        // Eqs. A7-A8b: the partner is unreliable on this issue (moved away, jumped, acted over the focal state's head) or in
        // the relationship as a whole (the same on any issue, or hostile acts towards the focal state).
        var away = move > options.MoveThreshold || pressed;
        var reliability = PartnerReliability.Of(view, period, options);
        var unreliable = away || jump > options.VolatilityThreshold || overHead.Count > 0 || reliability.Unreliable;
        if (opening is not null && unreliable)
        {
            var why = reliability.Unreliable && !(away || jump > options.VolatilityThreshold || overHead.Count > 0)
                ? $" (in the relationship: {string.Join("; ", reliability.Evidence)})"
                : string.Empty;
            return assessment with { Label = ResponseLabel.Hedge, Rule = "the focal state opened to a third party while the partner was unreliable" + why };
        }

        if (move < -options.MoveThreshold || engaged)
        {
            return assessment with { Label = ResponseLabel.Exploit, Rule = engaged ? "the partner made an aim it shares with the focal state much more salient" : "the partner moved closer to the focal state's ideal" };
        }

        if (!away)
        {
            return assessment with { Label = previous, Rule = "the partner did not move: the previous label holds" };
        }

        // Eq. A10: the partner moved away; does bargaining with the focal leader's persuasion bring the outcome back?
        var forecast = Forecast(issue, period, access, switches);
        double? withoutPersuasion = withoutPersuasionToo ? Forecast(issue, period, 0, switches) : null;

        var near = Math.Abs(forecast - xRef.Value) / width <= options.NearThreshold;
        var how = move <= options.MoveThreshold && salienceRise <= options.SalienceThreshold
            ? $"the partner pressed by coercion ({string.Join(", ", coerced)})"
            : "the partner moved away";
        return assessment with
        {
            Label = near ? ResponseLabel.Assuage : ResponseLabel.Adapt,
            Rule = near ? $"{how}, but bargaining brings the forecast near the focal ideal" : $"{how} and the forecast stays far from the focal ideal",
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

    /// <summary>The partner executive's salience on the issue in the period (0 where it takes no position).</summary>
    private double SalienceOf(Issue issue, Period period) => view.StatePosition(view.Case.Partner, issue, period)?.Salience ?? 0;

    /// <summary>
    /// Eq. A9: the third party the focal state moved towards by more than the move threshold, with the largest such move;
    /// none when the same move brought it closer to the partner by more than the threshold (following the partner is not
    /// building options away from it, Eq. A9b).
    /// </summary>
    private (string Actor, double Share)? Opening(Issue issue, Period period, double xRef, double xNow, double partner)
    {
        if ((Math.Abs(xRef - partner) - Math.Abs(xNow - partner)) / issue.Scale.Width > options.MoveThreshold)
        {
            return null;
        }

        var best = view.PositionsIn(issue, period)
            .Where(p => view.IsThirdParty(p.Actor))
            .Select(p => (p.Actor, Share: (Math.Abs(xRef - p.Value) - Math.Abs(xNow - p.Value)) / issue.Scale.Width))
            .OrderByDescending(x => x.Share)
            .ThenBy(x => x.Actor, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Actor is not null && best.Share > options.MoveThreshold ? best : null;
    }
}
