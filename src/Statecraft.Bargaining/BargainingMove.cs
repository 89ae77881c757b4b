namespace Statecraft.Bargaining;

/// <summary>The kind of offer an actor accepted in a round of the expected-utility model.</summary>
public enum MoveKind
{
    /// <summary>Both sides expect to gain from a challenge and the other side expects more: the actor gives in fully.</summary>
    Confrontation,

    /// <summary>The proposer has the upper hand: the actor moves part of the way (Eq. B14).</summary>
    Compromise,

    /// <summary>The actor expects to lose more than the proposer gains: it moves fully to the proposer.</summary>
    Capitulation,
}

/// <summary>One actor's move in one round: whose offer it took, what both sides expected, where it went.</summary>
/// <param name="Actor">Index of the actor who moved, in the table's order.</param>
/// <param name="Proposer">Index of the actor whose offer it took.</param>
/// <param name="Kind">The kind of offer.</param>
/// <param name="ExpectedUtilityOwn">E^i(U_ij): what the mover expects from challenging the proposer.</param>
/// <param name="ExpectedUtilityProposer">E^i(U_ji): what the mover thinks the proposer expects from challenging it.</param>
/// <param name="From">The mover's position before the round.</param>
/// <param name="To">The mover's position after the round.</param>
public sealed record BargainingMove(
    int Actor,
    int Proposer,
    MoveKind Kind,
    double ExpectedUtilityOwn,
    double ExpectedUtilityProposer,
    double From,
    double To);
