using System.Diagnostics;
using System.Globalization;

namespace Statecraft.Benchmarks.Web;

/// <summary>What a load run measured: requests, errors and latency percentiles in milliseconds.</summary>
public sealed record LoadResult(int Clients, double Seconds, long Requests, long Errors, double MedianMs, double P99Ms, double MaxMs)
{
    public double RequestsPerSecond => Requests / Seconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Clients} clients, {Seconds:0.0} s: {Requests} requests ({RequestsPerSecond:0} /s), {Errors} errors, median {MedianMs:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.00} ms");
}

/// <summary>
/// A bounded load: <c>clients</c> concurrent loops, each requesting the given paths in turn until the time is up,
/// timing every request. A non-2xx answer or a failed request counts as an error. Each loop makes at least
/// <c>minimumPerClient</c> requests whatever the clock says, so a slow machine still gives a run of known size
/// (a check on the answers must not depend on how fast the machine is).
/// </summary>
public static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(Uri baseAddress, IReadOnlyList<string> paths, int clients, TimeSpan duration, int minimumPerClient = 0, CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(k => Task.Run(() => Loop(http, paths, k, duration, minimumPerClient, clock, cancellationToken), cancellationToken)).ToArray();
        var results = await Task.WhenAll(loops);
        var seconds = clock.Elapsed.TotalSeconds;
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        return new LoadResult(clients, seconds, latencies.Length, results.Sum(r => r.Errors), Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Length == 0 ? 0 : latencies[^1]);
    }

    private static async Task<(List<double> Latencies, long Errors)> Loop(HttpClient http, IReadOnlyList<string> paths, int client, TimeSpan duration, int minimum, Stopwatch clock, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var errors = 0L;
        for (var i = client; (i - client < minimum || clock.Elapsed < duration) && !cancellationToken.IsCancellationRequested; i++)
        {
            var started = clock.Elapsed;
            try
            {
                using var response = await http.GetAsync(paths[i % paths.Count], cancellationToken);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    errors++;
                }
            }
            catch (HttpRequestException)
            {
                errors++;
            }

            latencies.Add((clock.Elapsed - started).TotalMilliseconds);
        }

        return (latencies, errors);
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
