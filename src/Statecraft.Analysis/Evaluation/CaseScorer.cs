using Statecraft.Analysis.Intervening;
using Statecraft.Analysis.Systemic;
using Statecraft.Analysis.Typology;
using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Evaluation;

/// <summary>
/// Scores the engine on one case (docs/model.md, Eqs. E1-E2). The engine runs on the case's inputs alone; only then are
/// its results set beside <c>observed</c> and <c>basicVector</c>, which no rule reads.
/// </summary>
public static class CaseScorer
{
    private static readonly IBargainingModel WeightedMean = BargainingModels.Find("compromise")!;
    private static readonly IBargainingModel WeightedMedian = BargainingModels.Find("median")!;

    /// <summary>Scores <paramref name="c"/> under <paramref name="options"/>; pass one <paramref name="cache"/> per case to reuse runs across options.</summary>
    public static CaseScore Score(Case c, AnalysisOptions options, ForecastCache? cache = null, CaseView? view = null)
    {
        view ??= new CaseView(c, options);
        CaseAnalyzer.RequireBargainable(view);
        var analyzer = new IssueAnalyzer(view, options, cache);
        var last = view.PostShock[^1];
        var issues = c.Issues.Select(issue =>
        {
            var phases = analyzer.Classify(issue, InterveningSwitches.All, withoutPersuasionToo: false);
            var observation = c.FindObservation(issue.Id);
            return new IssueScore(
                issue.Id,
                phases[0].Label,
                Usable(observation?.Label),
                [.. phases.Select(p => p.Label)],
                [.. view.PostShock.Select(p => ObservedIn(observation, p))],
                analyzer.ForecastIn(issue, last, InterveningSwitches.All),
                observation?.Outcome,
                Baselines(view, analyzer, issue, last, options),
                issue.Scale.Width);
        }).ToList();
        var verdict = BasicVector.Of(view, options).Verdict;
        return new CaseScore(c.Id, verdict, c.BasicVector?.Held, issues, [.. view.PostShock.Select(p => p.Id)]);
    }

    private static Baselines Baselines(CaseView view, IssueAnalyzer analyzer, Issue issue, Period period, AnalysisOptions options)
    {
        // The stated table: no clout, no perception, no persuasion (Eq. E1).
        var table = ActorTableBuilder.Build(view, issue, period, 0, InterveningSwitches.None, options);
        return new Baselines(
            issue.StatusQuo.Value,
            view.StatePosition(view.Case.Partner, issue, period)?.Value ?? issue.StatusQuo.Value,
            WeightedMean.Run(table, options.Bargaining).Forecast,
            WeightedMedian.Run(table, options.Bargaining).Forecast,
            analyzer.ForecastIn(issue, period, InterveningSwitches.All.WithoutPersuasion));
    }

    /// <summary>
    /// The observed label of a post-shock period: the observed phase that overlaps the period most, or the issue's label
    /// when the case gives no phases (Eq. E2).
    /// </summary>
    internal static ResponseLabel? ObservedIn(Observation? observation, Period period)
    {
        if (observation is null)
        {
            return null;
        }

        if (observation.Phases.Count == 0)
        {
            return Usable(observation.Label);
        }

        var best = observation.Phases
            .Select(p => (Phase: p, Days: Overlap(p, period)))
            .Where(x => x.Days > 0)
            .OrderByDescending(x => x.Days)
            .Select(x => x.Phase)
            .FirstOrDefault();
        return best is null ? null : Usable(best.Label);
    }

    private static ResponseLabel? Usable(ResponseLabel? label) => label is ResponseLabel.Unknown ? null : label;

    private static int Overlap(Phase phase, Period period)
    {
        var from = phase.From.Start > period.From ? phase.From.Start : period.From;
        var to = phase.To is { } end && end.End < period.To ? end.End : period.To;
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }
}
