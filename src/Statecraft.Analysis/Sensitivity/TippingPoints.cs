using System.Globalization;
using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Typology;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Sensitivity;

/// <summary>
/// The smallest change of one input or threshold that flips an issue's label (docs/model.md, Eq. A13).
/// </summary>
/// <param name="Input">What was changed: <c>position abe/after</c>, <c>salience ...</c>, <c>capability ...</c>, <c>tie abe->trump</c> or a parameter's name.</param>
/// <param name="Value">Its value in the case (or the option's value).</param>
/// <param name="Change">The smallest signed change found that flips the label; null when no change within the input's range does.</param>
/// <param name="Span">The input's range (scale width, 1 for saliences, ties and thresholds, the largest capability on the issue for capabilities), to compare changes across inputs.</param>
/// <param name="Label">The label after the change; null when nothing flips.</param>
public sealed record TippingPoint(string Input, double Value, double? Change, double Span, ResponseLabel? Label)
{
    /// <summary>|change| / span: how far, as a share of what the input could be, the label is from flipping.</summary>
    public double? Relative => Change is { } c ? Math.Abs(c) / Span : null;
}

/// <summary>
/// Eq. A13: for each input of an issue (every position before and after the shock, every salience and capability after it,
/// every tie from the focal side to the partner's, and the calibrated thresholds), the smallest change that flips the
/// label of the first post-shock period. Each direction is scanned in <see cref="Steps"/> steps to the input's bound and
/// the first flip is narrowed by bisection, so a flip narrower than a step can be missed (the table says what it found).
/// </summary>
public static class TippingPoints
{
    public const int Steps = 10;
    private const int Bisections = 6;

    public static IReadOnlyList<TippingPoint> Of(Case c, Issue issue, AnalysisOptions options)
    {
        var view = new CaseView(c, options);
        var baseLabel = Label(c, issue.Id, options, new ForecastCache());
        var after = view.PostShock[0];
        var points = new List<TippingPoint>();
        foreach (var position in issue.Positions.Where(p => p.Period == view.Before.Id || p.Period == after.Id))
        {
            var who = $"{position.Actor}/{position.Period}";
            points.Add(Search($"position {who}", position.Value, issue.Scale.Min, issue.Scale.Max, issue.Scale.Width, baseLabel,
                v => Label(WithPosition(c, issue, position, position with { Value = v }), issue.Id, options, new ForecastCache())));
            if (position.Period == after.Id)
            {
                points.Add(Search($"salience {who}", position.Salience, 0, 1, 1, baseLabel,
                    v => Label(WithPosition(c, issue, position, position with { Salience = v }), issue.Id, options, new ForecastCache())));
                var top = Math.Max(1, issue.Positions.Max(p => p.Capability));
                points.Add(Search($"capability {who}", position.Capability, 0, top, top, baseLabel,
                    v => Label(WithPosition(c, issue, position, position with { Capability = v }), issue.Id, options, new ForecastCache())));
            }
        }

        foreach (var tie in c.Ties.Where(t => view.TiesFromFocalToPartner(view.Before).Concat(view.PostShock.SelectMany(view.TiesFromFocalToPartner)).Any(x => ReferenceEquals(x.Tie, t))))
        {
            points.Add(Search($"tie {tie.From}->{tie.To}{(tie.Period is null ? string.Empty : "/" + tie.Period)}", tie.Affinity, -1, 1, 2, baseLabel,
                v => Label(c with { Ties = [.. c.Ties.Select(t => ReferenceEquals(t, tie) ? t with { Affinity = v } : t)] }, issue.Id, options, new ForecastCache())));
        }

        var shared = new ForecastCache();
        foreach (var parameter in EngineParameter.Calibrated)
        {
            points.Add(Search(parameter.Name, parameter.Get(options), parameter.Min, parameter.Max, parameter.Max - parameter.Min, baseLabel,
                v => Label(c, issue.Id, parameter.Set(options, v), shared)));
        }

        return [.. points.OrderBy(p => p.Relative ?? double.MaxValue).ThenBy(p => p.Input, StringComparer.Ordinal)];
    }

    private static ResponseLabel Label(Case c, string issue, AnalysisOptions options, ForecastCache cache)
    {
        var view = new CaseView(c, options);
        return new IssueAnalyzer(view, options, cache).FirstLabel(c.FindIssue(issue)!);
    }

    private static Case WithPosition(Case c, Issue issue, Position old, Position updated) => c with
    {
        Issues = [.. c.Issues.Select(i => i.Id != issue.Id ? i : i with { Positions = [.. i.Positions.Select(p => ReferenceEquals(p, old) ? updated : p)] })],
    };

    /// <summary>Scans each direction to its bound; narrows the first flip by bisection; keeps the smaller change.</summary>
    private static TippingPoint Search(string input, double value, double min, double max, double span, ResponseLabel baseLabel, Func<double, ResponseLabel> label)
    {
        (double Change, ResponseLabel Label)? best = null;
        foreach (var bound in new[] { max, min })
        {
            var step = (bound - value) / Steps;
            if (Math.Abs(step) < 1e-12)
            {
                continue;
            }

            var last = value;
            for (var k = 1; k <= Steps; k++)
            {
                var x = k == Steps ? bound : value + (k * step);
                var flipped = label(x);
                if (flipped == baseLabel)
                {
                    last = x;
                    continue;
                }

                var (low, high, found) = (last, x, flipped);
                for (var b = 0; b < Bisections; b++)
                {
                    var mid = (low + high) / 2;
                    var l = label(mid);
                    if (l == baseLabel)
                    {
                        low = mid;
                    }
                    else
                    {
                        (high, found) = (mid, l);
                    }
                }

                if (best is null || Math.Abs(high - value) < Math.Abs(best.Value.Change))
                {
                    best = (high - value, found);
                }

                break;
            }
        }

        return new TippingPoint(input, value, best?.Change, span, best?.Label);
    }

    /// <summary>A row for the terminal: the input, its value, and the change that flips it.</summary>
    public static string Describe(TippingPoint p) => p.Change is { } change
        ? string.Create(CultureInfo.InvariantCulture, $"{p.Input}: {p.Value:0.###} {(change >= 0 ? "+" : "-")}{Math.Abs(change):0.###} → {p.Label}")
        : string.Create(CultureInfo.InvariantCulture, $"{p.Input}: {p.Value:0.###}, no flip within its range");
}
