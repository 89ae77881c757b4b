using Spectre.Console.Cli;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Every verb of <c>statecraft</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("events", events =>
        {
            events.SetDescription("Event store: import events, dyad series, shock analysis, export.");
            events.AddCommand<Commands.Events.EventsImportCommand>("import");
            events.AddCommand<Commands.Events.EventsSeriesCommand>("series");
            events.AddCommand<Commands.Events.EventsShockCommand>("shock");
            events.AddCommand<Commands.Events.EventsExportCommand>("export");
        });
        config.AddBranch("data", data =>
        {
            data.SetDescription("Structural data (GDP, population, military spending, capabilities) in the store.");
            data.AddCommand<Commands.Data.DataImportCommand>("import");
        });
    }
}
