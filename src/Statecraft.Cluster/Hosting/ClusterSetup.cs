using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Statecraft.Cluster.Hosting;

/// <summary>
/// How a silo or a client finds the cluster: localhost clustering (one machine; the silo on
/// <see cref="PrimarySiloPort"/> keeps the membership) or ADO.NET membership in PostgreSQL (several machines).
/// </summary>
/// <param name="SiloPort">The silo-to-silo port of this silo.</param>
/// <param name="GatewayPort">The port clients connect to on this silo.</param>
/// <param name="PrimarySiloPort">Localhost clustering: the silo port of the first silo (the one that holds membership).</param>
/// <param name="Gateways">Client, localhost clustering: the gateway ports to connect to.</param>
/// <param name="PostgresConnection">ADO.NET membership: the PostgreSQL connection string; null for localhost clustering.</param>
/// <param name="AdvertisedAddress">ADO.NET membership: the address other silos reach this one at.</param>
public sealed record ClusterSetup(
    int SiloPort = 11111,
    int GatewayPort = 30000,
    int PrimarySiloPort = 11111,
    IReadOnlyList<int>? Gateways = null,
    string? PostgresConnection = null,
    IPAddress? AdvertisedAddress = null)
{
    public const string ClusterId = "statecraft";
    public const string ServiceId = "statecraft";

    /// <summary>
    /// How long a client waits for one unit before the call fails and is retried. Long, because units are CPU-bound and
    /// a unit that timed out keeps running on its silo; a killed silo is noticed by membership, not by this timeout.
    /// </summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Failure detection: how fast a killed silo is declared dead (Orleans' defaults take about a minute).</summary>
    public bool FastFailureDetection { get; init; } = true;

    public IHost BuildSilo(Action<ILoggingBuilder>? logging = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.UseOrleans(silo =>
        {
            if (PostgresConnection is { } connection)
            {
                silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", connection));
                silo.ConfigureEndpoints(AdvertisedAddress ?? IPAddress.Loopback, SiloPort, GatewayPort, listenOnAnyHostAddress: true);
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ServiceId));
            }
            else
            {
                silo.UseLocalhostClustering(SiloPort, GatewayPort, new IPEndPoint(IPAddress.Loopback, PrimarySiloPort), ServiceId, ClusterId);
            }

            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
            if (FastFailureDetection)
            {
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(1);
                    o.NumMissedProbesLimit = 2;
                    o.NumVotesForDeathDeclaration = 1;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
                });
            }
        });
        return builder.Build();
    }

    public IHost BuildClient()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            if (PostgresConnection is { } connection)
            {
                client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", connection));
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ServiceId));
            }
            else
            {
                client.UseLocalhostClustering([.. Gateways ?? [GatewayPort]], ServiceId, ClusterId);
            }

            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        return builder.Build();
    }

    /// <summary>Starts a client and returns it with its host (dispose the host to disconnect).</summary>
    public async Task<(IHost Host, IClusterClient Client)> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var host = BuildClient();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return (host, host.Services.GetRequiredService<IClusterClient>());
    }
}
