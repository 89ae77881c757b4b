using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Statecraft.Benchmarks.Store;

// generate SAMPLE OUT ROWS [SEED]: write a GDELT 1.0 file resampled from the shared sample.
// measure FILE DB [REPEATS]: import FILE into a fresh DB once, then time the series queries and the LINQ pass.
// duckdb CSV DB: the baseline without Statecraft, DuckDB's own SQL over the CSV (load, and the dyad series).
// bdn: BenchmarkDotNet (short run) of the series queries over STATECRAFT_BENCH_DB.
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 4:
        GdeltGenerator.Generate(args[1], args[2], long.Parse(args[3], CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20120401);
        return 0;
    case "measure" when args.Length >= 3:
        Measure.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10);
        return 0;
    case "duckdb" when args.Length >= 3:
        DuckDbBaseline.Run(args[1], args[2]);
        return 0;
    case "bdn":
        // Short and in-process: the machine is shared, and the store file is opened once per run.
        BenchmarkRunner.Run<SeriesBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate SAMPLE OUT ROWS [SEED] | measure FILE DB [REPEATS] | duckdb CSV DB | bdn");
        return 2;
}
