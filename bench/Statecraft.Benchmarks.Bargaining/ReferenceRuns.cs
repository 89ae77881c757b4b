using System.Diagnostics;
using System.Globalization;
using Statecraft.Bargaining;
using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Bargaining.Tables;

namespace Statecraft.Benchmarks.Bargaining;

/// <summary>
/// The expected utility model on the published inputs (emission standards, BDM 1994; Sultan, BDM 1997) in the
/// scholz-code mode, 20 rounds played, one core: runs per second, to set beside the published replication's time.
/// </summary>
public static class ReferenceRuns
{
    public static void Run(string shared, int runs)
    {
        (string Name, string File)[] inputs =
        [
            ("emission standards", "data/bargaining/emission_standards_bdm1994_input.csv"),
            ("sultan", "data/bargaining/sultan_bdm1997_input.csv"),
        ];
        var options = new BargainingOptions { MaxRounds = 20, ConvergenceTolerance = 0, ExpectedUtility = ExpectedUtilityOptions.ScholzCode };
        var model = new ExpectedUtilityModel();
        foreach (var (name, file) in inputs)
        {
            using var reader = new StreamReader(Path.Combine(shared, file));
            var issue = ActorTableParser.Parse(reader, file).Issue;
            for (var i = 0; i < 200; i++)
            {
                model.Run(issue, options);
            }

            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var rounds = 0;
            for (var i = 0; i < runs; i++)
            {
                rounds = model.Run(issue, options).Rounds.Length - 1;
            }

            clock.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {issue.Actors.Length} actors, {rounds} rounds, {runs} runs in {clock.Elapsed.TotalSeconds:F2} s wall ({runs / clock.Elapsed.TotalSeconds:F0} runs/s), {cpuSeconds:F2} CPU-s ({runs / cpuSeconds:F0} runs per CPU-second), {clock.Elapsed.TotalMilliseconds * 1000 / runs:F1} µs per run"));
        }
    }
}
