using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Web.Hosting;

namespace Statecraft.Cli.Commands.Serve;

/// <summary><c>statecraft serve</c>: the web dashboard over the case library, the analysis engine, the coder and the event store.</summary>
[Description("Serve the web dashboard: cases, issues, timeline, relations, scenarios with sliders, and text coding, in the browser.")]
public sealed class ServeCommand(CommandOutput output) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Db is not null)
        {
            // Refuse to start on a file that is not a store, rather than answer every relations request with a 500.
            EventStore.Validate(settings.Db);
        }

        var options = new WebOptions
        {
            CasesDirectory = settings.Cases ?? Path.GetDirectoryName(Path.GetFullPath(CasePaths.Resolve(null)))!,
            DatabasePath = settings.Db,
            StructuralTables = settings.Tables(),
            Host = settings.Host,
            Port = settings.Port,
            Token = settings.Token,
        };
        WebApplication app;
        try
        {
            app = StatecraftWeb.Build(options, new ErrorLog(output.Error, output.Debug));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        Run(app, cancellationToken).GetAwaiter().GetResult();
        return StatecraftApp.Success;
    }

    private async Task Run(WebApplication app, CancellationToken cancellationToken)
    {
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            output.Error.WriteLine($"Statecraft dashboard on {string.Join(", ", app.Urls)} (Ctrl+C stops it)");
            if (StatecraftWeb.LoginLink(app) is { } link)
            {
                output.Error.WriteLine($"one-time login link (sets the token cookie): {link}");
            }

            await app.WaitForShutdownAsync(cancellationToken);
        }
    }
}
