using System.Collections.Immutable;

namespace Statecraft.Bargaining;

/// <summary>The state of a bargaining problem after one round (round 0 is the initial state).</summary>
/// <param name="Round">0 for the initial positions, then 1, 2...</param>
/// <param name="Median">The capability x salience weighted median (the Condorcet position) of the positions.</param>
/// <param name="Mean">The capability x salience weighted mean of the positions.</param>
/// <param name="Positions">Each actor's position, in the table's actor order.</param>
/// <param name="RiskExponents">
/// The risk exponents r_i the expected-utility model used in this round (empty for round 0 and for static models).
/// </param>
/// <param name="Moves">The position changes of this round (empty for round 0 and for static models).</param>
public sealed record BargainingRound(
    int Round,
    double Median,
    double Mean,
    ImmutableArray<double> Positions,
    ImmutableArray<double> RiskExponents,
    ImmutableArray<BargainingMove> Moves);
