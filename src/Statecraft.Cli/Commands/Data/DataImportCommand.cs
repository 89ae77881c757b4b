using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Commands.Events;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Store.Structural;

namespace Statecraft.Cli.Commands.Data;

/// <summary>Settings of <c>statecraft data import</c>.</summary>
public sealed class DataImportSettings : StoreSettings
{
    [CommandOption("--wdi <FILE>")]
    [Description("World Bank WDI CSV: the bulk download (wide, indicator per row) or long Country Name,Country Code,Year,Value.")]
    public string? Wdi { get; init; }

    [CommandOption("--wdi-indicator <CODE>")]
    [Description("The indicator a long WDI file holds: NY.GDP.MKTP.CD, NY.GDP.MKTP.PP.CD or SP.POP.TOTL. Default: NY.GDP.MKTP.CD.")]
    public string WdiIndicator { get; init; } = "NY.GDP.MKTP.CD";

    [CommandOption("--population <FILE>")]
    [Description("WDI population (SP.POP.TOTL) in the long layout.")]
    public string? Population { get; init; }

    [CommandOption("--sipri <FILE>")]
    [Description("SIPRI military expenditure, long CSV (iso3c, year, milex_current_usd_m, milex_share_gdp, ...).")]
    public string? Sipri { get; init; }

    [CommandOption("--nmc <FILE>")]
    [Description("Correlates of War National Material Capabilities, abridged CSV (v6 or v7).")]
    public string? Nmc { get; init; }
}

/// <summary>Imports structural data into the store's states-by-year table.</summary>
[Description("Import structural data (WDI, SIPRI, COW NMC) into the store's state_years table.")]
public sealed class DataImportCommand(CommandOutput output) : Command<DataImportSettings>
{
    public override int Execute(CommandContext context, DataImportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Wdi is null && settings.Population is null && settings.Sipri is null && settings.Nmc is null)
        {
            throw new UsageException("name at least one of --wdi, --population, --sipri, --nmc");
        }

        if (StateYearColumns.ForWdiIndicator(settings.WdiIndicator) is null)
        {
            throw new UsageException("--wdi-indicator must be NY.GDP.MKTP.CD, NY.GDP.MKTP.PP.CD or SP.POP.TOTL");
        }

        StoreSettings.RefuseStoreAsInput(settings.StorePath, ("--wdi", settings.Wdi), ("--population", settings.Population), ("--sipri", settings.Sipri), ("--nmc", settings.Nmc));
        using var writer = StoreWriter.Begin(settings.StorePath);
        var store = writer.Store;
        var results = new StructuralImporter(store).Import(new StructuralFiles(settings.Wdi, settings.WdiIndicator, settings.Population, settings.Sipri, settings.Nmc));
        var table = new Table().AddColumns("file", "rows", "figures stored", "rows not about a state");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.File), N(r.Rows), N(r.Values), N(r.NotStates));
        }

        output.Console.Write(table);
        var stateYears = store.Count("state_years");
        writer.Commit();
        output.Console.WriteLine($"state_years now holds {N(stateYears)} state-years in {settings.StorePath}.");
        return StatecraftApp.Success;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
