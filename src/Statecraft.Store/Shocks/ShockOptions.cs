namespace Statecraft.Store.Shocks;

/// <summary>The parameters of a shock analysis, with their documented defaults.</summary>
public sealed record ShockOptions
{
    /// <summary>Months in each window: the <see cref="WindowMonths"/> months before the shock's month, and the shock's month with the ones after. Default 12.</summary>
    public int WindowMonths { get; init; } = 12;

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
