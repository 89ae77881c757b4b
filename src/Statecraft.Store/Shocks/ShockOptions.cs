namespace Statecraft.Store.Shocks;

/// <summary>The parameters of a shock analysis, with their documented defaults.</summary>
public sealed record ShockOptions
{
    /// <summary>Months in each window: the <see cref="WindowMonths"/> months before the shock's month, and the shock's month with the ones after. Default 12.</summary>
    public int WindowMonths { get; init; } = 12;

    /// <summary>
    /// Months either side of the shock's month that the analysis reads: the monthly series it returns (and a chart
    /// draws) and the change-point search cover the months from <c>SpanMonths</c> before the shock's month to
    /// <c>SpanMonths - 1</c> after it, within the store's data; null reads every month the store holds. At least
    /// <see cref="WindowMonths"/>. Default 36 (three years either side), so that one stray early event does not stretch
    /// the series over decades or become a change point.
    /// </summary>
    public int? SpanMonths { get; init; } = 36;

    /// <summary>Count the dyad in both directions. Default false (source's acts toward target).</summary>
    public bool Both { get; init; }

    /// <summary>The monthly figure compared. Default <see cref="ShockMeasure.NetCooperation"/>.</summary>
    public ShockMeasure Measure { get; init; } = ShockMeasure.NetCooperation;

    /// <summary>Bootstrap resamples for the 95% interval of the difference. Default 10,000.</summary>
    public int Replicates { get; init; } = 10_000;

    /// <summary>Seed of the bootstrap's random source; the same seed gives the same interval. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Multiplier of the change-point penalty β = <c>PenaltyFactor</c> · σ̂² · ln n (BIC for a change in mean). Default 2.</summary>
    public double PenaltyFactor { get; init; } = 2.0;

    /// <summary>Shortest segment the change-point search accepts, in months. Default 2.</summary>
    public int MinSegment { get; init; } = 2;
}
