using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Intervening;

/// <summary>How far a bargained outcome is carried out: the pace that veto players allow (Eq. A11).</summary>
/// <param name="Resistance">R in 0..1, the strongest veto player's resistance.</param>
/// <param name="VetoPlayer">The actor whose resistance is R, or null.</param>
/// <param name="Outcome">The implemented outcome: sq + (f - sq)(1 - R).</param>
public sealed record Implementation(double Resistance, string? VetoPlayer, double Outcome)
{
    /// <summary><c>fast</c> (R below 1/3), <c>slowed</c>, or <c>stalled</c> (R above 2/3).</summary>
    public string Pace => Resistance < 1.0 / 3 ? "fast" : Resistance <= 2.0 / 3 ? "slowed" : "stalled";

    /// <summary>
    /// Eq. A11: R = max_v (veto_v * s_v * |x_v - f| / width) over actors with a <c>vetoPlayer</c> attribute; the outcome
    /// moves from the status quo towards the forecast f by (1 - R).
    /// </summary>
    public static Implementation Of(CaseView view, Issue issue, IssueTable table, double forecast, InterveningSwitches switches)
    {
        var statusQuo = issue.StatusQuo.Value;
        if (!switches.VetoPlayers)
        {
            return new Implementation(0, null, forecast);
        }

        var (resistance, player) = table.Actors
            .Select(a => (R: (view.Actor(a.Id)?.Attribute("vetoPlayer") ?? 0) * a.Salience * Math.Abs(a.Position - forecast) / issue.Scale.Width, a.Id))
            .Where(x => x.R > 0)
            .OrderByDescending(x => x.R)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => ((double, string?))(x.R, x.Id))
            .FirstOrDefault((0, null));
        resistance = Math.Min(1, resistance);
        return new Implementation(resistance, player, statusQuo + ((forecast - statusQuo) * (1 - resistance)));
    }
}
