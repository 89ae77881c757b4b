using System.Diagnostics;
using System.Globalization;
using Statecraft.Bargaining;
using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Benchmarks.Bargaining;

/// <summary>
/// The sensitivity engine's load: many expected-utility runs of 30 actors x 20 rounds in parallel, each on its own
/// seeded issue. Prints wall-clock and CPU runs per second.
/// </summary>
public static class Throughput
{
    public static void Run(int runs, int cores)
    {
        var issues = Enumerable.Range(0, 1000).Select(seed => RandomIssues.Create(30, seed)).ToArray();
        var options = new BargainingOptions { MaxRounds = 20, ConvergenceTolerance = 0 };
        var model = new ExpectedUtilityModel();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = cores }, k => model.Run(issues[k % issues.Length], options));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long rounds = 0;
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = cores }, k =>
            Interlocked.Add(ref rounds, model.Run(issues[k % issues.Length], options).Rounds.Length - 1));
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs {runs}, cores {cores}, rounds played {rounds} (mean {(double)rounds / runs:F1})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {clock.Elapsed.TotalSeconds:F2} s: {runs / clock.Elapsed.TotalSeconds:F0} runs/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu {cpuSeconds:F2} s: {runs / cpuSeconds:F0} runs per CPU-second"));
    }
}
