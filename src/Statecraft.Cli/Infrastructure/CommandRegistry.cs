using Spectre.Console.Cli;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Every verb of <c>statecraft</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<Commands.Coding.CodeCommand>("code")
            .WithDescription("Code texts into dated who-did-what-to-whom events (CAMEO, PLOVER) as JSONL, CSV or TSV.")
            .WithExample("code", "article.txt", "--format", "jsonl");
    }
}
