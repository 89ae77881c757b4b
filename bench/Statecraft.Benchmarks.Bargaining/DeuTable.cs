using System.Diagnostics;
using System.Globalization;
using Statecraft.Bargaining;
using Statecraft.Bargaining.Evaluation;
using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Benchmarks.Bargaining;

/// <summary>The DEU III table of bench/README.md: every model and every named EU reading, MAE on the 0-100 scale.</summary>
public static class DeuTable
{
    public static void Run(string path)
    {
        DeuDataset dataset;
        using (var reader = File.OpenText(path))
        {
            dataset = DeuParser.Parse(reader, path);
        }

        var rows = new List<(string Name, IBargainingModel Model, BargainingOptions Options)>
        {
            ("compromise (c x s weighted mean)", new CompromiseModel(), BargainingOptions.Default),
            ("weighted median", new WeightedMedianModel(), BargainingOptions.Default),
            ("weighted median, midpoint ties", new WeightedMedianModel(), BargainingOptions.Default with { MedianTie = MedianTie.Midpoint }),
            ("nash (no status quo)", new NashBargainingModel(), BargainingOptions.Default),
            ("eu default", new ExpectedUtilityModel(), BargainingOptions.Default),
            ("eu default, forecast = final mean", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.Default with { Forecast = ForecastStatistic.Mean })),
            ("eu scholz-code", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.ScholzCode)),
            ("eu paper", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.PaperFaithful)),
            ("eu default, Q = 0.5", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.Default with { Q = 0.5 })),
            ("eu default, risk off", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.Default with { RiskExponents = false })),
            ("eu default, R = scale 0-100", new ExpectedUtilityModel(), Eu(ExpectedUtilityOptions.Default with { Range = RangeRule.ScaleBounds })),
        };
        Console.WriteLine("| model | issues | MAE | time |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, model, options) in rows)
        {
            var clock = Stopwatch.StartNew();
            var score = ModelEvaluation.Evaluate(dataset, [model], options).Single();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {score.Issues} | {score.MeanAbsoluteError:F2} | {clock.Elapsed.TotalMilliseconds:F0} ms |"));
        }

        var nash = ModelEvaluation.Evaluate(dataset, [new NashBargainingModel()], BargainingOptions.Default, useReferencePoint: true).Single();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| nash (reference point as status quo) | {nash.Issues} | {nash.MeanAbsoluteError:F2} | |"));
    }

    private static BargainingOptions Eu(ExpectedUtilityOptions eu) => BargainingOptions.Default with { ExpectedUtility = eu };
}
