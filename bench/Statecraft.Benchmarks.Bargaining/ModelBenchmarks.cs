using BenchmarkDotNet.Attributes;
using Statecraft.Bargaining;
using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Benchmarks.Bargaining;

/// <summary>One run of each model on a 30-actor issue; the expected-utility runs play all 20 rounds.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private readonly IssueTable _issue = RandomIssues.Create(30, 42);
    private readonly BargainingOptions _eu = new() { MaxRounds = 20, ConvergenceTolerance = 0 };
    private readonly BargainingOptions _scholz = new() { MaxRounds = 20, ConvergenceTolerance = 0, ExpectedUtility = ExpectedUtilityOptions.ScholzCode };
    private readonly BargainingOptions _paper = new() { MaxRounds = 20, ConvergenceTolerance = 0, ExpectedUtility = ExpectedUtilityOptions.PaperFaithful };

    [Benchmark(Baseline = true, Description = "eu default, 30 actors x 20 rounds")]
    public double ExpectedUtility() => new ExpectedUtilityModel().Run(_issue, _eu).Forecast;

    [Benchmark(Description = "eu scholz-code, 30 x 20")]
    public double ExpectedUtilityScholzCode() => new ExpectedUtilityModel().Run(_issue, _scholz).Forecast;

    [Benchmark(Description = "eu paper, 30 x 20")]
    public double ExpectedUtilityPaper() => new ExpectedUtilityModel().Run(_issue, _paper).Forecast;

    [Benchmark(Description = "compromise (weighted mean)")]
    public double Compromise() => new CompromiseModel().Run(_issue, _eu).Forecast;

    [Benchmark(Description = "weighted median")]
    public double Median() => new WeightedMedianModel().Run(_issue, _eu).Forecast;

    [Benchmark(Description = "nash")]
    public double Nash() => new NashBargainingModel().Run(_issue, _eu).Forecast;
}
