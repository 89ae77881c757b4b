using System.Runtime.CompilerServices;

namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// The basic utilities of the expected-utility model (Scholz et al. 2011 eqs. 14-24), as pure functions of
/// normalised distances and a risk exponent. Every power clamps its base at 0 so that rounding noise can never
/// produce NaN from a fractional power of a tiny negative number.
/// </summary>
internal static class Utilities
{
    /// <summary>
    /// Normalised distances and power bases below this are rounding noise (positions are known to about 1e-15 of R)
    /// and count as 0: a fractional power would otherwise blow noise of 1e-16 up to 1e-8 (r = 0.5).
    /// </summary>
    public const double NoiseFloor = 1e-12;

    /// <summary>b^r with bases below <see cref="NoiseFloor"/> taken as 0, and r = 1 computed without a call to Pow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Power(double b, double r)
    {
        var clamped = b > NoiseFloor ? b : 0;
        return r == 1.0 ? clamped : Math.Pow(clamped, r);
    }

    /// <summary>Eq. B8: U_s = 2 − 4(0.5 − 0.5 d)^r, the utility of winning a challenge at normalised distance d.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Success(double d, double r) => 2 - (4 * Power(0.5 - (0.5 * d), r));

    /// <summary>Eq. B8: U_f = 2 − 4(0.5 + 0.5 d)^r, the utility of losing a challenge.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Failure(double d, double r) => 2 - (4 * Power(0.5 + (0.5 * d), r));

    /// <summary>Eq. B8: U_sq = 2 − 4(0.5)^r, the utility of the status quo.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StatusQuo(double r) => 2 - (4 * Power(0.5, r));

    /// <summary>Eq. B9: U_b = 2 − 4(0.5 − 0.25(d_μ + d))^r, no challenge and things get better.</summary>
    public static double Better(double dMedian, double d, double r) => 2 - (4 * Power(0.5 - (0.25 * (dMedian + d)), r));

    /// <summary>Eq. B9: U_w = 2 − 4(0.5 + 0.25(d_μ + d))^r, no challenge and things get worse.</summary>
    public static double Worse(double dMedian, double d, double r) => 2 - (4 * Power(0.5 + (0.25 * (dMedian + d)), r));

    /// <summary>
    /// Eq. B10: T, 1 when a drift of j toward the median μ would help i, else 0.
    /// </summary>
    public static double T(double xi, double xj, double median, TRule rule)
    {
        if (rule == TRule.MedianCloser)
        {
            return Math.Abs(xi - median) < Math.Abs(xi - xj) ? 1 : 0;
        }

        // Scholz p. 22: the three orders of i, j, μ on a line; only "j strictly between i and μ" makes j's drift
        // toward μ a move away from i.
        var jBetween = (xj > Math.Min(xi, median)) && (xj < Math.Max(xi, median));
        return jBetween ? 0 : 1;
    }

    /// <summary>
    /// Eq. B11: E^i(U_ij) = s_j[P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w],
    /// given the success and failure utilities already evaluated at the challenger's distance and exponent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Challenge(double success, double failure, double statusQuo, double p, double targetSalience, double q) =>
        (targetSalience * ((p * success) + ((1 - p) * failure))) + ((1 - targetSalience) * success) - (q * statusQuo);
}
