namespace Statecraft.Bargaining;

/// <summary>
/// One actor in a one-dimensional bargaining problem: who it is, how much clout it has, where it stands and how much
/// it cares.
/// </summary>
/// <param name="Id">A unique name within the issue (a state, a ministry, an interest group).</param>
/// <param name="Capability">Non-negative clout; only ratios between actors matter.</param>
/// <param name="Position">The actor's preferred outcome on the issue scale.</param>
/// <param name="Salience">How much the issue matters to the actor, from 0 to 1.</param>
public sealed record BargainingActor(string Id, double Capability, double Position, double Salience)
{
    /// <summary>The actor's voting weight in every model: capability times salience.</summary>
    public double Weight => Capability * Salience;
}
