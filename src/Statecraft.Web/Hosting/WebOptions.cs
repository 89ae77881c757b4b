using System.Net;
using Statecraft.Cases.Structural;

namespace Statecraft.Web.Hosting;

/// <summary>How <c>statecraft serve</c> runs: which cases it serves, which event store it reads, where it listens and who may ask.</summary>
public sealed record WebOptions
{
    /// <summary>The folder whose direct subfolders are the cases served, each by its folder name.</summary>
    public required string CasesDirectory { get; init; }

    /// <summary>The event store (DuckDB file) the relations and code pages read and write; null turns those parts off.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Where the tables a case's structural references name are read; null makes such a reference an error.</summary>
    public IStructuralTables? StructuralTables { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>The secret every request must carry (bearer header or cookie); required off loopback.</summary>
    public string? Token { get; init; }

    /// <summary>The address to bind: an IP literal or <c>localhost</c>.</summary>
    public IPAddress Address => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(Host, out var address) ? address
        : throw new ArgumentException($"--host must be an IP address or localhost, not '{Host}'");

    /// <summary>Throws <see cref="ArgumentException"/> for options the host refuses to start with.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port must be between 0 and 65535 (got {Port})");
        }

        if (!IPAddress.IsLoopback(Address) && string.IsNullOrEmpty(Token))
        {
            throw new ArgumentException($"--host {Host} is not a loopback address: anyone on the network could reach the dashboard, so --token is required");
        }

        if (Token is { Length: < 16 })
        {
            throw new ArgumentException("--token must be at least 16 characters");
        }

        if (!Directory.Exists(CasesDirectory))
        {
            throw new ArgumentException($"--cases folder '{CasesDirectory}' does not exist");
        }
    }
}
