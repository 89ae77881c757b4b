using Statecraft.Analysis.Typology;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Evaluation;

/// <summary>One setting of the calibrated parameters, by name, in the order of <see cref="EngineParameter.Calibrated"/>.</summary>
public sealed record ParameterSetting(IReadOnlyList<double> Values)
{
    public AnalysisOptions Apply(AnalysisOptions options)
    {
        for (var k = 0; k < Values.Count; k++)
        {
            options = EngineParameter.Calibrated[k].Set(options, Values[k]);
        }

        return options;
    }

    /// <summary>How far the setting lies from the documented defaults, each parameter in units of its grid's span.</summary>
    public double DistanceFromDefaults(AnalysisOptions defaults) =>
        EngineParameter.Calibrated.Select((p, k) => Math.Abs(Values[k] - p.Get(defaults)) / (p.Grid[^1] - p.Grid[0])).Sum();

    public IReadOnlyDictionary<string, double> ByName => EngineParameter.Calibrated.Select((p, k) => (p.Name, Values[k])).ToDictionary(x => x.Name, x => x.Item2);

    /// <summary>Every combination of the parameters' grids (Eq. E3).</summary>
    public static IReadOnlyList<ParameterSetting> Grid()
    {
        IEnumerable<IReadOnlyList<double>> settings = [[]];
        foreach (var parameter in EngineParameter.Calibrated)
        {
            settings = settings.SelectMany(s => parameter.Grid.Select(v => (IReadOnlyList<double>)[.. s, v]));
        }

        return [.. settings.Select(s => new ParameterSetting(s))];
    }
}

/// <summary>One fold of leave-one-case-out: the setting calibrated on the other cases and the left-out case scored with it.</summary>
public sealed record CalibrationFold(string Case, ParameterSetting Setting, CaseScore Score);

/// <summary>The leave-one-case-out result: every fold, the out-of-sample scoreboard and each parameter's spread over folds.</summary>
public sealed record LeaveOneOut(IReadOnlyList<CalibrationFold> Folds, EvaluationSummary OutOfSample, IReadOnlyList<ParameterSpread> Parameters, int GridSize);

/// <summary>
/// Leave-one-case-out calibration (docs/model.md, Eq. E3). For each case k, every setting of the grid is scored on the other
/// cases; the best setting maximises label hits, then phase hits, then minus the engine's MAE, then lies closest to the
/// documented defaults (then the grid's order); case k is scored with it. Case k's observed fields never enter its own
/// fold's choice.
/// </summary>
public static class Calibration
{
    public static LeaveOneOut LeaveOneCaseOut(IReadOnlyList<Case> cases, AnalysisOptions options, int maxDegreeOfParallelism = -1, IProgress<int>? progress = null) =>
        FromScores([.. cases.Select(c => c.Id)], ScoreGrid(cases, ParameterSetting.Grid(), options, maxDegreeOfParallelism, progress), options);

    /// <summary>
    /// One case scored under each of <paramref name="settings"/>, with one cache and one view shared across them: the scores
    /// <see cref="LeaveOneCaseOut"/> computes for that case, so a slice of the grid can run as a unit of work elsewhere.
    /// </summary>
    public static IReadOnlyList<CaseScore> ScoreCase(Case c, IReadOnlyList<ParameterSetting> settings, AnalysisOptions options)
    {
        var cache = new ForecastCache();
        var view = new CaseView(c, options);
        return [.. settings.Select(s => CaseScorer.Score(c, s.Apply(options), cache, view))];
    }

    /// <summary>
    /// The folds from a complete score matrix: <paramref name="scores"/>[k][s] is case k under setting s of
    /// <see cref="ParameterSetting.Grid"/>, in the order of <paramref name="caseIds"/>.
    /// </summary>
    public static LeaveOneOut FromScores(IReadOnlyList<string> caseIds, IReadOnlyList<IReadOnlyList<CaseScore>> scores, AnalysisOptions options)
    {
        var grid = ParameterSetting.Grid();
        if (scores.Count != caseIds.Count || scores.Any(s => s.Count != grid.Count))
        {
            throw new ArgumentException($"need {caseIds.Count} cases x {grid.Count} settings of scores", nameof(scores));
        }

        var folds = caseIds.Select((id, k) =>
        {
            var best = Best(grid, options, s => caseIds.Select((_, j) => j).Where(j => j != k).Select(j => scores[j][s]).ToList());
            return new CalibrationFold(id, grid[best], scores[k][best]);
        }).ToList();
        var spreads = EngineParameter.Calibrated.Select((p, i) =>
        {
            var values = folds.Select(f => f.Setting.Values[i]).Order().ToArray();
            return new ParameterSpread(p.Name, values[0], Sensitivity.SensitivityRunner.Quantile(values, 0.5), values[^1]);
        }).ToList();
        return new LeaveOneOut(folds, EvaluationSummary.Of([.. folds.Select(f => f.Score)]), spreads, grid.Count);
    }

    /// <summary>Every case scored under every setting; runs are shared per case across settings (<see cref="ForecastCache"/>).</summary>
    private static CaseScore[][] ScoreGrid(IReadOnlyList<Case> cases, IReadOnlyList<ParameterSetting> grid, AnalysisOptions options, int maxDegreeOfParallelism, IProgress<int>? progress)
    {
        var scores = cases.Select(_ => new CaseScore[grid.Count]).ToArray();
        var caches = cases.Select(_ => new ForecastCache()).ToArray();
        var views = cases.Select(c => new CaseView(c, options)).ToArray();
        var done = 0;
        Parallel.For(0, cases.Count * grid.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, n =>
        {
            var (k, s) = (n / grid.Count, n % grid.Count);
            scores[k][s] = CaseScorer.Score(cases[k], grid[s].Apply(options), caches[k], views[k]);
            var count = Interlocked.Increment(ref done);
            if (count % grid.Count == 0)
            {
                progress?.Report(count);
            }
        });
        return scores;
    }

    /// <summary>The index of the best setting on the training scores (Eq. E3's order).</summary>
    internal static int Best(IReadOnlyList<ParameterSetting> grid, AnalysisOptions defaults, Func<int, IReadOnlyList<CaseScore>> training)
    {
        var best = -1;
        (int Labels, int Phases, double Mae, double Distance) bestKey = default;
        for (var s = 0; s < grid.Count; s++)
        {
            var summary = EvaluationSummary.Of(training(s));
            var key = (summary.Labels.Hits, summary.Phases.Hits, -(summary.Mae[Methods.Engine] ?? 0), -grid[s].DistanceFromDefaults(defaults));
            if (best < 0 || Better(key, bestKey))
            {
                (best, bestKey) = (s, key);
            }
        }

        return best;
    }

    private static bool Better((int, int, double, double) a, (int, int, double, double) b)
    {
        const double Slack = 1e-9;
        return a.Item1 != b.Item1 ? a.Item1 > b.Item1
            : a.Item2 != b.Item2 ? a.Item2 > b.Item2
            : Math.Abs(a.Item3 - b.Item3) > Slack ? a.Item3 > b.Item3
            : a.Item4 > b.Item4 + Slack;
    }
}
