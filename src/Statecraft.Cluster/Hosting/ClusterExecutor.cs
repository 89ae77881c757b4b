using Statecraft.Cluster.Units;

namespace Statecraft.Cluster.Hosting;

/// <summary>What a cluster run did beside its results: calls made, calls that failed and were retried.</summary>
public sealed class ClusterRunStatistics
{
    private long _calls;
    private long _retries;
    private long _fromStore;

    public long Calls => Interlocked.Read(ref _calls);

    public long Retries => Interlocked.Read(ref _retries);

    public long FromStore => Interlocked.Read(ref _fromStore);

    internal void Call() => Interlocked.Increment(ref _calls);

    internal void Retry() => Interlocked.Increment(ref _retries);

    internal void Stored() => Interlocked.Increment(ref _fromStore);
}

/// <summary>
/// Submits each unit to its grain (one grain per unit key) with at most <paramref name="concurrency"/> calls in flight,
/// retries a failed call (a silo killed, a call past the response timeout) up to <paramref name="maxAttempts"/> times, and
/// writes each result once into the result store when one is given, where a re-run finds it.
/// </summary>
public sealed class ClusterExecutor(IClusterClient client, ResultStore? store = null, int concurrency = 16, int maxAttempts = 8, TimeSpan? retryDelay = null) : IUnitExecutor
{
    public ClusterRunStatistics Statistics { get; } = new();

    /// <summary>Called once per failed attempt, with the unit's key and the error (for logs).</summary>
    public Action<string, Exception>? OnRetry { get; init; }

    public async Task<IReadOnlyList<string>> RunAllAsync(IReadOnlyList<WorkUnit> units, CancellationToken cancellationToken = default)
    {
        var results = new string[units.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, units.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await RunOneAsync(units[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    private async Task<string> RunOneAsync(WorkUnit unit, CancellationToken cancellationToken)
    {
        if (store is not null && store.TryGet(unit.Key, out var stored))
        {
            Statistics.Stored();
            return stored;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Statistics.Call();
                var result = await client.GetGrain<IWorkUnitGrain>(unit.Key).Run(unit.Kind, unit.Input).WaitAsync(cancellationToken).ConfigureAwait(false);
                return store is null ? result : store.Put(unit.Key, result);
            }
            catch (Exception e) when (attempt < maxAttempts && IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                Statistics.Retry();
                OnRetry?.Invoke(unit.Key, e);
                await Task.Delay((retryDelay ?? TimeSpan.FromMilliseconds(500)) * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Failures of the cluster, not of the unit: a unit that throws in its own code fails the same on every silo.</summary>
    private static bool IsTransient(Exception e) =>
        e is TimeoutException or OrleansException;
}
