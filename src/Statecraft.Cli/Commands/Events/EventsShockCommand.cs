using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Reporting.Charts;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;
using Statecraft.Store.Shocks;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Settings of <c>statecraft events shock</c>.</summary>
public sealed class EventsShockSettings : StoreSettings
{
    [CommandOption("--dyad <SOURCE-TARGET>")]
    [Description("The dyad as two ISO alpha-3 codes, such as JPN-USA (directed: the first acts toward the second).")]
    public string Dyad { get; init; } = string.Empty;

    [CommandOption("--date <DATE>")]
    [Description("The shock's date, YYYY-MM-DD. Its month opens the post window.")]
    public string Date { get; init; } = string.Empty;

    [CommandOption("--window <MONTHS>")]
    [Description("Months in each window. Default: 12.")]
    public int Window { get; init; } = 12;

    [CommandOption("--both")]
    [Description("Count the dyad in both directions.")]
    public bool Both { get; init; }

    [CommandOption("--measure <MEASURE>")]
    [Description("Monthly figure compared: net_cooperation, goldstein_sum, goldstein_mean or events. Default: net_cooperation.")]
    [TypeConverter(typeof(SnakeChoiceConverter<ShockMeasure>))]
    public ShockMeasure Measure { get; init; } = ShockMeasure.NetCooperation;

    [CommandOption("--bootstrap <N>")]
    [Description("Bootstrap resamples for the 95% interval. Default: 10000.")]
    public int Bootstrap { get; init; } = 10_000;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the bootstrap. Default: 42.")]
    public int Seed { get; init; } = 42;

    [CommandOption("--penalty <FACTOR>")]
    [Description("Change-point penalty factor k in k * sigma^2 * ln(n); 2 is BIC. Default: 2.")]
    public double Penalty { get; init; } = 2.0;

    [CommandOption("--format <FORMAT>")]
    [Description("Output: table or json. Default: table.")]
    [TypeConverter(typeof(ChoiceConverter<TableFormat>))]
    public TableFormat Format { get; init; } = TableFormat.Table;

    [CommandOption("--chart <FILE>")]
    [Description("Also draw the monthly series with the shock and change points to FILE (.svg or .png).")]
    public string? Chart { get; init; }

    [CommandOption("--span-years <YEARS>")]
    [Description("Years either side of the shock that the monthly series, the change-point search and the chart cover (at least the --window). Default: 3.")]
    public int SpanYears { get; init; } = 3;

    [CommandOption("--all")]
    [Description("Cover every month the store holds instead of --span-years around the shock.")]
    public bool All { get; init; }
}

/// <summary>Compares a dyad's monthly relations before and after a shock.</summary>
[Description("Pre/post comparison of a dyad's monthly relations around a shock, with a bootstrap interval and change points.")]
public sealed class EventsShockCommand(CommandOutput output) : Command<EventsShockSettings>
{
    public override int Execute(CommandContext context, EventsShockSettings settings, CancellationToken cancellationToken)
    {
        var (source, target) = ParseDyad(settings.Dyad);
        var date = StoreSettings.ParseDate("--date", settings.Date.Length == 0 ? throw new UsageException("--date is required") : settings.Date)!.Value;
        var options = Options(settings);
        var storePath = settings.ExistingStorePath;
        string[] inputs = [storePath, storePath + ".wal"];
        if (settings.Chart is not null)
        {
            SeriesChart.Check(settings.Chart, inputs);
        }

        using var store = EventStore.OpenRead(storePath);
        var result = new ShockAnalysis(store).Run(source, target, date, options);
        if (settings.Chart is not null)
        {
            var values = result.Series.Select(p => ShockAnalysis.Value(p, result.Measure)).ToList();
            SeriesChart.Save(settings.Chart, result.Series, values, new ChartLabels(result.Dyad + ", monthly", StoreSettings.Snake(result.Measure.ToString()).Replace('_', ' ')), date, result.ChangePoints, inputs);
        }

        if (settings.Format == TableFormat.Json)
        {
            EventsJson.WriteShock(output.Out, result);
        }
        else
        {
            WriteTable(result);
        }

        return StatecraftApp.Success;
    }

    /// <summary>The most bootstrap resamples (each one resamples every month of both windows).</summary>
    private const int MaxBootstrap = 1_000_000;

    private static ShockOptions Options(EventsShockSettings s)
    {
        if (s.Window < 1 || s.Window > DateLimits.MaxWindowMonths)
        {
            throw new UsageException($"--window must be between 1 and {DateLimits.MaxWindowMonths} months, not {s.Window}");
        }

        if (s.Bootstrap < 1 || s.Bootstrap > MaxBootstrap)
        {
            throw new UsageException($"--bootstrap must be between 1 and {MaxBootstrap:N0}, not {s.Bootstrap}");
        }

        if (!(OptionValues.Finite("--penalty", s.Penalty) >= 0))
        {
            throw new UsageException($"--penalty must be at least 0, not {s.Penalty}");
        }

        return new ShockOptions
        {
            WindowMonths = s.Window,
            Both = s.Both,
            Measure = s.Measure,
            Replicates = s.Bootstrap,
            Seed = s.Seed,
            PenaltyFactor = s.Penalty,
            SpanMonths = s.All ? null : SpanMonths(s),
        };
    }

    private static int SpanMonths(EventsShockSettings s) =>
        s.SpanYears is >= 1 and <= 100 && s.SpanYears * 12 >= s.Window
            ? s.SpanYears * 12
            : throw new UsageException($"--span-years must be a whole number of years from 1 to 100 that holds the --window of {s.Window} months, not {s.SpanYears}");

    private static (string Source, string Target) ParseDyad(string dyad)
    {
        var parts = dyad.Split('-');
        return parts.Length == 2
            ? (StoreSettings.ParseCountry("--dyad", parts[0]), StoreSettings.ParseCountry("--dyad", parts[1]))
            : throw new UsageException($"--dyad must be two ISO alpha-3 codes joined by '-', such as JPN-USA, not '{dyad}'");
    }

    private void WriteTable(ShockResult r)
    {
        var table = new Table().Title(Markup.Escape($"{r.Dyad} around {r.Date:yyyy-MM-dd}: {StoreSettings.Snake(r.Measure.ToString())} per month"))
            .AddColumns("window", "months", "mean", "events", "verbal coop", "material coop", "verbal conflict", "material conflict");
        foreach (var (name, w) in new[] { ("pre", r.Pre), ("post", r.Post) })
        {
            table.AddRow([$"{name} {w.From:yyyy-MM}..{w.To:yyyy-MM}", w.Months.ToString(CultureInfo.InvariantCulture), F(w.Mean), w.Events.ToString(CultureInfo.InvariantCulture), .. w.QuadShare.Select(s => s.ToString("P0", CultureInfo.InvariantCulture))]);
        }

        output.Console.Write(table);
        output.Console.WriteLine($"difference (post - pre): {F(r.Difference)}, 95% bootstrap interval [{F(r.Ci95.Low)}, {F(r.Ci95.High)}] ({r.Options.Replicates.ToString(CultureInfo.InvariantCulture)} resamples, seed {r.Options.Seed.ToString(CultureInfo.InvariantCulture)})");
        var span = r.Series.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" over {r.Series[0].Period:yyyy-MM}..{r.Series[^1].Period:yyyy-MM}");
        output.Console.WriteLine($"change points (binary segmentation{span}): " + (r.ChangePoints.Count == 0 ? "none" : string.Join(", ", r.ChangePoints.Select(c => c.ToString("yyyy-MM", CultureInfo.InvariantCulture)))));
    }

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.###", CultureInfo.InvariantCulture);
}
