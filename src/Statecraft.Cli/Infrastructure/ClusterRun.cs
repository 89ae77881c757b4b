using System.Globalization;
using Microsoft.Extensions.Hosting;
using Statecraft.Cluster.Hosting;
using Statecraft.Cluster.Units;

namespace Statecraft.Cli.Infrastructure;

/// <summary>
/// <c>--cluster</c> on <c>code</c>, <c>analyze --samples</c> and <c>evaluate --loo</c>: connects to the silos, submits the
/// work units, gathers the results (retrying failed calls) through the content-addressed result folder.
/// </summary>
internal static class ClusterRun
{
    /// <summary>The environment variable that holds the PostgreSQL connection string for <c>--cluster postgres</c>.</summary>
    public const string DatabaseVariable = "STATECRAFT_CLUSTER_DB";

    public const string OptionHelp = "Run the work on a Statecraft cluster (docs/scale.md): 'localhost' (a silo's gateway on port 30000), 'localhost:PORT,PORT...' (several gateways), or 'postgres' (membership in the database named by STATECRAFT_CLUSTER_DB). Results are identical to the single-process run.";

    public const string ResultsHelp = "With --cluster: the content-addressed result folder (each unit's result written once under the SHA-256 of its inputs and the code version; a re-run reads it). Default: ~/.cache/statecraft/units.";

    /// <summary>The cluster named by <c>--cluster</c>; a usage error names what is wrong.</summary>
    public static ClusterSetup Parse(string value)
    {
        if (value == "postgres")
        {
            var connection = Environment.GetEnvironmentVariable(DatabaseVariable);
            return string.IsNullOrWhiteSpace(connection)
                ? throw new UsageException($"--cluster postgres needs the connection string in {DatabaseVariable}")
                : new ClusterSetup(PostgresConnection: connection);
        }

        if (value == "localhost")
        {
            return new ClusterSetup(Gateways: [30000]);
        }

        if (value.StartsWith("localhost:", StringComparison.Ordinal))
        {
            var ports = value["localhost:".Length..].Split(',');
            if (ports.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 65536))
            {
                return new ClusterSetup(Gateways: [.. ports.Select(p => int.Parse(p, CultureInfo.InvariantCulture))]);
            }
        }

        throw new UsageException($"--cluster '{value}' is not localhost, localhost:PORT[,PORT...] or postgres");
    }

    public static ResultStore Store(string? folder) => new(folder ?? Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "statecraft", "units"));

    /// <summary>Runs the units on the cluster and reports what happened on <paramref name="log"/>.</summary>
    public static IReadOnlyList<string> Run(string cluster, string? results, IReadOnlyList<WorkUnit> units, TextWriter log)
    {
        var setup = Parse(cluster);
        var store = Store(results);
        return RunAsync(setup, store, units, log).GetAwaiter().GetResult();
    }

    private static async Task<IReadOnlyList<string>> RunAsync(ClusterSetup setup, ResultStore store, IReadOnlyList<WorkUnit> units, TextWriter log)
    {
        IHost host;
        Orleans.IClusterClient client;
        try
        {
            (host, client) = await setup.ConnectAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is Orleans.Runtime.OrleansException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new UsageException($"--cluster: no silo reachable ({e.Message}); start one with 'statecraft worker'", e);
        }

        using (host)
        {
            // As many units in flight as the silos have cores (taken to be this machine's): more only queue on the silos
            // and push calls towards the response timeout.
            var silos = (await client.GetGrain<Orleans.Runtime.IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false)).Count;
            var inFlight = Math.Max(1, silos) * Environment.ProcessorCount;
            var executor = new ClusterExecutor(client, store, inFlight) { OnRetry = (key, e) => log.WriteLine($"retrying unit {key[..12]}: {e.GetType().Name}: {e.Message}") };
            var output = await executor.RunAllAsync(units).ConfigureAwait(false);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cluster: {silos} silos, {inFlight} units in flight; {units.Count} units, {executor.Statistics.Calls} calls, {executor.Statistics.Retries} retried, {executor.Statistics.FromStore} from {store.Root}"));
            await host.StopAsync().ConfigureAwait(false);
            return output;
        }
    }
}
