using System.Globalization;
using BenchmarkDotNet.Running;
using Statecraft.Benchmarks.Bargaining;

// dotnet run -c Release -- throughput [RUNS] [CORES] | reference [SHARED] [RUNS] | deu PATH | (BenchmarkDotNet arguments, e.g. --filter * --job short)
switch (args.FirstOrDefault())
{
    case "throughput":
        Throughput.Run(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2);
        break;
    case "reference":
        ReferenceRuns.Run(args.Length > 1 ? args[1] : "../shared", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000);
        break;
    case "deu":
        DeuTable.Run(args.Length > 1 ? args[1] : "../shared/data/deu/deu3_blksv.tsv");
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ModelBenchmarks).Assembly).Run(args);
        break;
}
