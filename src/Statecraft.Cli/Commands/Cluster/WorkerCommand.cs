using System.ComponentModel;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cluster.Hosting;
using Statecraft.Cluster.Units;

namespace Statecraft.Cli.Commands.Cluster;

/// <summary>Arguments of <c>statecraft worker</c>.</summary>
public sealed class WorkerSettings : CommandSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The silo-to-silo port. Default: 11111.")]
    [DefaultValue(11111)]
    public int Port { get; init; } = 11111;

    [CommandOption("--gateway <PORT>")]
    [Description("The port clients (--cluster) connect to. Default: 30000.")]
    [DefaultValue(30000)]
    public int Gateway { get; init; } = 30000;

    [CommandOption("--primary <PORT>")]
    [Description("Localhost clustering: the silo port of the first silo, which keeps the membership. Default: this silo's --port (it is the first).")]
    public int? Primary { get; init; }

    [CommandOption("--membership <KIND>")]
    [Description("localhost (default: silos on this machine) or postgres (silos on several machines; the connection string in STATECRAFT_CLUSTER_DB, docs/scale.md).")]
    [DefaultValue(MembershipKind.Localhost)]
    [TypeConverter(typeof(ChoiceConverter<MembershipKind>))]
    public MembershipKind Membership { get; init; } = MembershipKind.Localhost;

    [CommandOption("--address <IP>")]
    [Description("With --membership postgres: the address the other silos and clients reach this one at. Default: 127.0.0.1.")]
    public string? Address { get; init; }

    public override ValidationResult Validate() =>
        new[] { Port, Gateway, Primary ?? Port }.Any(p => p is < 1 or > 65535) ? ValidationResult.Error("--port, --gateway and --primary must be ports (1-65535)")
        : Address is not null && !IPAddress.TryParse(Address, out _) ? ValidationResult.Error($"--address '{Address}' is not an IP address")
        : ValidationResult.Success();
}

/// <summary><c>statecraft worker</c>: starts an Orleans silo that runs work units until it is stopped (Ctrl+C, SIGTERM).</summary>
[Description("Start a silo of a Statecraft cluster: it runs the work units of 'code', 'analyze --samples' and 'evaluate --loo' given --cluster.")]
public sealed class WorkerCommand(CommandOutput output) : Command<WorkerSettings>
{
    public override int Execute(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        string? connection = null;
        if (settings.Membership == MembershipKind.Postgres)
        {
            connection = Environment.GetEnvironmentVariable(ClusterRun.DatabaseVariable);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new UsageException($"--membership postgres needs the connection string in {ClusterRun.DatabaseVariable}");
            }
        }

        var setup = new ClusterSetup(settings.Port, settings.Gateway, settings.Primary ?? settings.Port, PostgresConnection: connection,
            AdvertisedAddress: settings.Address is null ? null : IPAddress.Parse(settings.Address));
        using var host = setup.BuildSilo(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        host.Start();
        output.Error.WriteLine($"silo up: port {settings.Port}, gateway {settings.Gateway}, membership {settings.Membership.ToString().ToLowerInvariant()}, code version {CodeVersion.Id[..12]}");
        host.WaitForShutdown();
        return StatecraftApp.Success;
    }
}

/// <summary>How the silos of <c>statecraft worker</c> find each other (<c>--membership</c>).</summary>
public enum MembershipKind
{
    /// <summary>Silos on this machine.</summary>
    Localhost,

    /// <summary>Silos on several machines, with the membership table in PostgreSQL.</summary>
    Postgres,
}
