using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Serve;

/// <summary>Arguments of <c>statecraft serve</c>.</summary>
public sealed class ServeSettings : CaseInputSettings
{
    [CommandOption("--cases <DIR>")]
    [Description("Folder whose subfolders are the cases served. Default: the bundled cases/ folder.")]
    public string? Cases { get; init; }

    [CommandOption("--db <PATH>")]
    [Description("Event store (DuckDB file) for the relations page and for adding coded events. Default: none.")]
    public string? Db { get; init; }

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on; any non-loopback address requires --token. Default: 127.0.0.1.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--port <PORT>")]
    [Description("TCP port; 0 picks a free one. Default: 5080.")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("--token <TOKEN>")]
    [Description("Secret (16+ characters) every request must carry, as 'Authorization: Bearer TOKEN' or the cookie set by the login link printed at start-up.")]
    public string? Token { get; init; }
}
