using Statecraft.Cluster.Units;

namespace Statecraft.Cluster.Hosting;

/// <summary>One work unit, keyed by the unit's SHA-256: an ordinary grain, so units spread over the silos.</summary>
internal interface IWorkUnitGrain : IGrainWithStringKey
{
    /// <summary>Runs the unit and returns its result as JSON; refuses a unit whose key this silo's code would not give.</summary>
    Task<string> Run(string kind, string input);
}

/// <summary>Runs <see cref="UnitRunner.Run"/> for its unit, then deactivates: it holds no state, a retry starts afresh.</summary>
internal sealed class WorkUnitGrain : Grain, IWorkUnitGrain
{
    public Task<string> Run(string kind, string input)
    {
        var unit = new WorkUnit(kind, input);
        var key = this.GetPrimaryKeyString();
        if (unit.Key != key)
        {
            throw new InvalidOperationException($"unit {key} does not match this silo's code version {CodeVersion.Id[..12]} (or its inputs changed): run the same build on every silo and client");
        }

        var result = UnitRunner.Run(unit);
        DeactivateOnIdle();
        return Task.FromResult(result);
    }
}
