using BenchmarkDotNet.Attributes;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;

namespace Statecraft.Benchmarks.Store;

/// <summary>Series queries over a store already filled by <c>measure</c> (path in STATECRAFT_BENCH_DB); run short and in-process by <c>Program</c>.</summary>
[MemoryDiagnoser]
public class SeriesBenchmarks
{
    private EventStore? _store;

    [GlobalSetup]
    public void Setup() => _store = EventStore.Open(Environment.GetEnvironmentVariable("STATECRAFT_BENCH_DB")
        ?? throw new InvalidOperationException("Set STATECRAFT_BENCH_DB to a store filled by 'measure'."));

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark]
    public int DyadMonthly() => new DyadSeries(_store!).Run(new SeriesQuery(Measure.DyadSource, Measure.DyadTarget)).Count;

    [Benchmark]
    public int WorldMonthlyByPair() => new DyadSeries(_store!).ByPair(new SeriesQuery()).Count;
}
