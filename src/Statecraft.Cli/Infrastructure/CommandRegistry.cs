using Spectre.Console.Cli;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Every verb of <c>statecraft</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
    }
}
