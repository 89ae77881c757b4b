namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// The (asymmetric) Nash bargaining solution on the issue scale: the point that maximises the product of every
/// actor's utility gain over the disagreement point, each gain raised to the actor's capability x salience
/// (Eq. B17). With a status quo, the disagreement point is the status quo and only points that leave nobody worse
/// off are feasible; without one, each actor's disagreement utility is its worst point on the scale.
/// </summary>
public sealed class NashBargainingModel : IBargainingModel
{
    /// <summary>The model's name in the CLI and in JSON.</summary>
    public const string ModelName = "nash";

    /// <summary>Golden-section steps: each keeps 61.8% of the interval, so 120 steps reach machine precision.</summary>
    private const int Steps = 120;

    private static readonly double InverseGolden = (Math.Sqrt(5) - 1) / 2;

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

    /// <summary>Maximises Eq. B17 by golden-section search; the objective is concave, so the search is exact.</summary>
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

        return GoldenSection(x, weights, reserve, feasibleLo, feasibleHi, width);
    }

    private static double GoldenSection(ReadOnlySpan<double> x, double[] weights, double[] reserve, double a, double b, double width)
    {
        var c = b - (InverseGolden * (b - a));
        var d = a + (InverseGolden * (b - a));
        var fc = LogProduct(x, weights, reserve, c, width);
        var fd = LogProduct(x, weights, reserve, d, width);
        for (var step = 0; step < Steps && b - a > 1e-15 * width; step++)
        {
            if (fc >= fd)
            {
                (b, d, fd) = (d, c, fc);
                c = b - (InverseGolden * (b - a));
                fc = LogProduct(x, weights, reserve, c, width);
            }
            else
            {
                (a, c, fc) = (c, d, fd);
                d = a + (InverseGolden * (b - a));
                fd = LogProduct(x, weights, reserve, d, width);
            }
        }

        return a + ((b - a) / 2);
    }

    /// <summary>Eq. B17 in logs: Σ_i w_i ln(gain_i(y)); −∞ where some weighted actor gains nothing.</summary>
    private static double LogProduct(ReadOnlySpan<double> x, double[] weights, double[] reserve, double y, double width)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (weights[i] > 0)
            {
                var gain = (reserve[i] - Math.Abs(y - x[i])) / width;
                sum += gain > 0 ? weights[i] * Math.Log(gain) : double.NegativeInfinity;
            }
        }

        return sum;
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
