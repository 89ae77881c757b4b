using BenchmarkDotNet.Attributes;
using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases;
using Statecraft.Cases.Model;

namespace Statecraft.Benchmarks.Analysis;

/// <summary>One full analysis of the reference case (labels, forecasts, 5 counterfactuals per issue, basic vector), and one sensitivity draw.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Case _case = null!;

    [GlobalSetup]
    public void Load() => _case = CaseLoader.Load(ReferenceCase.Path);

    [Benchmark]
    public CaseAnalysis FullAnalysis() => CaseAnalyzer.Analyze(_case);

    [Benchmark]
    public SensitivityResult HundredDrawsOneCore() =>
        SensitivityRunner.Run(_case, AnalysisOptions.Default, new SensitivityRequest(100, 42, MaxDegreeOfParallelism: 1));
}

/// <summary>Finds cases/japan-us-2016 above the working directory or the binary.</summary>
internal static class ReferenceCase
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "cases", "japan-us-2016");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("cases/japan-us-2016 not found above the working directory.");
    }
}
