namespace Statecraft.Cluster.Units;

/// <summary>Runs a list of units and returns their results in the list's order.</summary>
internal interface IUnitExecutor
{
    Task<IReadOnlyList<string>> RunAllAsync(IReadOnlyList<WorkUnit> units, CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs units in this process on all cores (<see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/>),
/// through the result store when one is given: the single-process path the cluster path is measured and checked against.
/// </summary>
internal sealed class LocalExecutor(ResultStore? store = null, int maxDegreeOfParallelism = -1) : IUnitExecutor
{
    public Task<IReadOnlyList<string>> RunAllAsync(IReadOnlyList<WorkUnit> units, CancellationToken cancellationToken = default)
    {
        var results = new string[units.Count];
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            var unit = units[i];
            results[i] = store is not null && store.TryGet(unit.Key, out var stored) ? stored
                : store is not null ? store.Put(unit.Key, UnitRunner.Run(unit))
                : UnitRunner.Run(unit);
        });
        return Task.FromResult<IReadOnlyList<string>>(results);
    }
}
