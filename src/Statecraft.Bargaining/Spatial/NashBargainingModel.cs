namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// The (asymmetric) Nash bargaining solution on the issue scale: the point that maximises the product of every
/// actor's utility gain over the disagreement point, each gain raised to the actor's capability x salience
/// (Eq. B17). With a status quo, the disagreement point is the status quo and only points that leave nobody worse
/// off are feasible; without one, each actor's disagreement utility is its worst point on the scale.
/// </summary>
internal sealed class NashBargainingModel : IBargainingModel
{
    /// <summary>The model's name in the CLI and in JSON.</summary>
    public const string ModelName = "nash";

    /// <summary>Bisection steps: each halves the interval, so 200 steps reach machine precision on any scale.</summary>
    private const int Steps = 200;

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public BargainingResult Run(IssueTable issue, BargainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(options);
        var initial = Trajectory.Initial(issue, options.MedianTie, out var weights);
        var positions = initial.Positions.AsSpan();
        var forecast = Solve(positions, weights, issue.Scale, issue.StatusQuo);
        return new BargainingResult(Name, Trajectory.Ids(issue), [initial], forecast, Converged: true);
    }

    /// <summary>Maximises Eq. B17 by bisection on the sign of its slope; the objective is concave, so the search is exact.</summary>
    internal static double Solve(ReadOnlySpan<double> x, double[] weights, ScaleBounds? scale, double? statusQuo)
    {
        var lo = scale?.Min ?? Min(x);
        var hi = scale?.Max ?? Max(x);
        if (!(hi > lo))
        {
            return lo;
        }

        if (!(weights.Sum() > 0))
        {
            Array.Fill(weights, 1.0);
        }

        var width = hi - lo;
        var reserve = new double[x.Length];
        var feasibleLo = lo;
        var feasibleHi = hi;
        for (var i = 0; i < x.Length; i++)
        {
            // Gain_i(y) = reserve_i − |y − x_i| (in units of the scale width): positive where i beats disagreement.
            reserve[i] = statusQuo is { } sq ? Math.Abs(sq - x[i]) : Math.Max(x[i] - lo, hi - x[i]);
            if (statusQuo.HasValue && weights[i] > 0)
            {
                feasibleLo = Math.Max(feasibleLo, x[i] - reserve[i]);
                feasibleHi = Math.Min(feasibleHi, x[i] + reserve[i]);
            }
        }

        if (statusQuo is { } q && !(feasibleHi - feasibleLo > 1e-12 * width))
        {
            // Any move from the status quo hurts someone: it stays.
            return q;
        }

        return Bisect(x, weights, reserve, feasibleLo, feasibleHi);
    }

    /// <summary>
    /// The objective is concave, so its (sub)derivative falls as y rises: bisect on its sign to machine precision.
    /// </summary>
    private static double Bisect(ReadOnlySpan<double> x, double[] weights, double[] reserve, double lo, double hi)
    {
        for (var step = 0; step < Steps; step++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (Slope(x, weights, reserve, mid) > 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo + ((hi - lo) / 2);
    }

    /// <summary>d/dy of Eq. B17 in logs: Σ_i w_i sign(x_i − y) / gain_i(y) (the scale width cancels).</summary>
    private static double Slope(ReadOnlySpan<double> x, double[] weights, double[] reserve, double y)
    {
        double slope = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (weights[i] > 0 && x[i] != y)
            {
                var gain = reserve[i] - Math.Abs(y - x[i]);
                slope += gain > 0 ? weights[i] * Math.Sign(x[i] - y) / gain : Math.Sign(x[i] - y) * double.PositiveInfinity;
            }
        }

        return slope;
    }

    private static double Min(ReadOnlySpan<double> x)
    {
        var m = double.PositiveInfinity;
        foreach (var v in x)
        {
            m = Math.Min(m, v);
        }

        return m;
    }

    private static double Max(ReadOnlySpan<double> x)
    {
        var m = double.NegativeInfinity;
        foreach (var v in x)
        {
            m = Math.Max(m, v);
        }

        return m;
    }
}
