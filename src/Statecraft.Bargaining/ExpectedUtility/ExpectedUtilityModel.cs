using System.Collections.Immutable;

namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// Bueno de Mesquita's expected-utility ("challenge") model as specified by Scholz, Calbert &amp; Smith (2011):
/// every round each actor weighs challenging every other, accepts the best offer it receives, and all move at once.
/// </summary>
/// <remarks>
/// Pure and thread-safe: scratch arrays are per thread, and a run allocates only its result. The equations are
/// numbered in docs/model.md, section "Bargaining models"; every ambiguity is a switch in
/// <see cref="ExpectedUtilityOptions"/>.
/// </remarks>
internal sealed class ExpectedUtilityModel : IBargainingModel
{
    /// <summary>The model's name in the CLI and in JSON.</summary>
    public const string ModelName = "eu";

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public BargainingResult Run(IssueTable issue, BargainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = issue.Count;
        var ws = Workspace.Rent(n);
        Load(issue, ws);
        var initialRange = Spread(ws.X.AsSpan(0, n));
        var rounds = ImmutableArray.CreateBuilder<BargainingRound>(options.MaxRounds + 1);
        rounds.Add(Trajectory.Snapshot(0, ws.X.AsSpan(0, n), ws.Weight.AsSpan(0, n), ws.Order, options.MedianTie, [], []));
        var converged = false;
        for (var round = 1; round <= options.MaxRounds && !converged; round++)
        {
            var range = Range(issue, ws, options.ExpectedUtility.Range, initialRange);
            var moves = new Round(ws, range, options).Play();
            converged = Advance(ws, range, options.ConvergenceTolerance);
            rounds.Add(Trajectory.Snapshot(
                round, ws.X.AsSpan(0, n), ws.Weight.AsSpan(0, n), ws.Order, options.MedianTie, ImmutableArray.Create(ws.Risk.AsSpan(0, n)), moves));
        }

        var final = rounds[^1];
        var forecast = options.ExpectedUtility.Forecast == ForecastStatistic.Median ? final.Median : final.Mean;
        return new BargainingResult(Name, Trajectory.Ids(issue), rounds.DrainToImmutable(), forecast, converged);
    }

    private static void Load(IssueTable issue, Workspace ws)
    {
        for (var i = 0; i < issue.Count; i++)
        {
            var actor = issue.Actors[i];
            ws.X[i] = actor.Position;
            ws.Weight[i] = actor.Weight;
            ws.Salience[i] = actor.Salience;
        }
    }

    /// <summary>Eq. B4: the range R that normalises distances this round; never 0.</summary>
    private static double Range(IssueTable issue, Workspace ws, RangeRule rule, double initial)
    {
        var range = rule switch
        {
            RangeRule.RoundSpread => Spread(ws.X.AsSpan(0, ws.N)),
            RangeRule.ScaleBounds when issue.Scale is { } scale => scale.Width,
            _ => initial,
        };
        if (range > 0)
        {
            return range;
        }

        // All positions coincide: nothing can move, any positive range keeps the arithmetic finite.
        return initial > 0 ? initial : 1;
    }

    /// <summary>Applies the round's moves; Eq. B16: true when the RMS change is within tolerance × R.</summary>
    private static bool Advance(Workspace ws, double range, double tolerance)
    {
        var n = ws.N;
        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            var change = ws.Next[i] - ws.X[i];
            squares += change * change;
            ws.X[i] = ws.Next[i];
        }

        return Math.Sqrt(squares / n) <= tolerance * range;
    }

    private static double Spread(ReadOnlySpan<double> x)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in x)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return max - min;
    }
}
