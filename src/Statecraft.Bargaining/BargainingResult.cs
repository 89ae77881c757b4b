using System.Collections.Immutable;

namespace Statecraft.Bargaining;

/// <summary>What a model run produced: the trajectory, round by round, and the forecast outcome.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="ActorIds">The actors' ids, in the order of every round's positions.</param>
/// <param name="Rounds">Round 0 (the initial state) and every round played.</param>
/// <param name="Forecast">The predicted outcome on the issue scale.</param>
/// <param name="Converged">True when the run stopped because positions stopped moving, not at the round cap.</param>
public sealed record BargainingResult(
    string Model,
    ImmutableArray<string> ActorIds,
    ImmutableArray<BargainingRound> Rounds,
    double Forecast,
    bool Converged)
{
    /// <summary>The last round played (round 0 for static models).</summary>
    public BargainingRound Final => Rounds[^1];
}
