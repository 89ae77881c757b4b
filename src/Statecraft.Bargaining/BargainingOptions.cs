using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining;

/// <summary>Settings shared by every bargaining model; each model reads only what applies to it.</summary>
public sealed record BargainingOptions
{
    /// <summary>The options every model uses unless told otherwise.</summary>
    public static BargainingOptions Default { get; } = new();

    /// <summary>The round cap of dynamic models.</summary>
    /// <value>10, the horizon of Scholz et al.'s replication and of the reference runs.</value>
    public int MaxRounds { get; init; } = 10;

    /// <summary>
    /// Dynamic models stop early when the root-mean-square change of positions in a round is at most this fraction
    /// of the issue range (Eq. B16). 0 stops only when nothing moves.
    /// </summary>
    /// <value>1e-9.</value>
    public double ConvergenceTolerance { get; init; } = 1e-9;

    /// <summary>Which end of a tie the weighted median takes, in every trajectory and in the median model (Eq. B3).</summary>
    /// <value><see cref="MedianTie.Lower"/>: the median is always an actor's position, as a Condorcet winner among positions is.</value>
    public MedianTie MedianTie { get; init; } = MedianTie.Lower;

    /// <summary>The choices of the expected-utility model.</summary>
    public ExpectedUtilityOptions ExpectedUtility { get; init; } = ExpectedUtilityOptions.Default;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is unusable.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRounds);
        if (!(ConvergenceTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ConvergenceTolerance), "The tolerance must be at least 0.");
        }

        ExpectedUtility.Validate();
    }
}
