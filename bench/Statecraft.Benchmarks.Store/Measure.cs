using System.Diagnostics;
using System.Globalization;
using Statecraft.Store.Database;
using Statecraft.Store.Imports;
using Statecraft.Store.Queries;

namespace Statecraft.Benchmarks.Store;

/// <summary>
/// One-shot measurements on a generated file (a ten-million-row import is run once, not iterated): import
/// rows per second and peak memory, then the series queries against the same aggregation in LINQ.
/// </summary>
internal static class Measure
{
    /// <summary>The dyad measured: the commonest directed state pair in the shared sample.</summary>
    public const string DyadSource = "USA";

    public const string DyadTarget = "GEO";

    public static void Run(string file, string db, int repeats)
    {
        foreach (var stale in new[] { db, db + ".wal" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        using var store = EventStore.Open(db);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = new EventImporter(store).Import(file, ImportFormat.Gdelt1);
        var importSeconds = clock.Elapsed.TotalSeconds;
        var process = Process.GetCurrentProcess();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peakMb = process.PeakWorkingSet64 / 1048576.0;
        Print("rows imported", result.Imported.ToString("N0", CultureInfo.InvariantCulture));
        Print("import seconds", importSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        Print("import rows/s", (result.RowsRead / importSeconds).ToString("N0", CultureInfo.InvariantCulture));
        Print("import CPU seconds (all threads)", cpuSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        Print("import rows per CPU second", (result.RowsRead / cpuSeconds).ToString("N0", CultureInfo.InvariantCulture));
        Print("load average (1 min) after import", File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a");
        Print("peak working set MB", peakMb.ToString("N0", CultureInfo.InvariantCulture));
        Print("file MB", (new FileInfo(file).Length / 1048576.0).ToString("N0", CultureInfo.InvariantCulture));

        var series = new DyadSeries(store);
        var dyadMs = Median(repeats, () => series.Run(new SeriesQuery(DyadSource, DyadTarget)).Count);
        var worldMs = Median(Math.Max(1, repeats / 2), () => series.ByPair(new SeriesQuery()).Count);
        var linqDyadMs = Median(1, () => LinqBaseline.Dyad(file, DyadSource, DyadTarget).Count);
        var linqWorldMs = Median(1, () => LinqBaseline.World(file).Count);
        Print("dyad monthly series ms (median)", dyadMs.ToString("0.0", CultureInfo.InvariantCulture));
        Print("world monthly series by pair ms (median)", worldMs.ToString("0.0", CultureInfo.InvariantCulture));
        Print("LINQ dyad pass ms", linqDyadMs.ToString("0", CultureInfo.InvariantCulture));
        Print("LINQ world pass ms", linqWorldMs.ToString("0", CultureInfo.InvariantCulture));
        Print("dyad speed-up (LINQ / store)", (linqDyadMs / dyadMs).ToString("0", CultureInfo.InvariantCulture));
        Print("world speed-up (LINQ / store)", (linqWorldMs / worldMs).ToString("0", CultureInfo.InvariantCulture));
    }

    private static double Median(int repeats, Func<int> run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            var count = run();
            times.Add(clock.Elapsed.TotalMilliseconds);
            GC.KeepAlive(count);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static void Print(string name, string value) => Console.WriteLine($"| {name} | {value} |");
}
