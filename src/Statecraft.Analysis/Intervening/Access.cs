using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Intervening;

/// <summary>
/// How much access the focal state's leader has to the partner's decision in a period: Eq. A4,
/// a noisy-or over the positive ties from the focal side into the partner's side.
/// </summary>
public static class Access
{
    /// <summary>
    /// a = 1 - prod_k (1 - w_k * max(0, affinity_k)), over ties holding in the period from the focal executive or the
    /// focal state's actors to the partner's executive or the partner state's actors; w = 1 for the executives' own tie
    /// (rapport), <see cref="AnalysisOptions.ChannelWeight"/> for every other line (channels). Eq. A4.
    /// </summary>
    public static double Of(CaseView view, Period period, InterveningSwitches switches, AnalysisOptions options)
    {
        var c = view.Case;
        var focalExecutive = view.Executives.GetValueOrDefault((c.Focal, period.Id));
        var partnerExecutive = view.Executives.GetValueOrDefault((c.Partner, period.Id));
        var closed = 1.0;
        foreach (var (tie, from, to) in view.TiesFromFocalToPartner(period))
        {
            if (tie.Affinity <= 0)
            {
                continue;
            }

            var rapport = from == focalExecutive && to == partnerExecutive;
            var weight = rapport ? (switches.Rapport ? 1.0 : 0.0) : (switches.Channels ? options.ChannelWeight : 0.0);
            closed *= 1 - (weight * tie.Affinity);
        }

        return 1 - closed;
    }
}
