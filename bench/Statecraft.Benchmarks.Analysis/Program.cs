using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Benchmarks.Analysis;
using Statecraft.Cases;

// `sweep N [cores]` times one whole sensitivity sweep (the figure bench/README.md reports); anything else runs BenchmarkDotNet.
if (args is ["sweep", var samples, ..])
{
    var cores = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : -1;
    var c = CaseLoader.Load(ReferenceCase.Path);
    var watch = Stopwatch.StartNew();
    var result = SensitivityRunner.Run(c, AnalysisOptions.Default, new SensitivityRequest(int.Parse(samples, CultureInfo.InvariantCulture), 42, MaxDegreeOfParallelism: cores));
    watch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Samples} draws on {(cores < 0 ? Environment.ProcessorCount : cores)} cores: {watch.Elapsed.TotalSeconds:0.00} s ({result.Samples / watch.Elapsed.TotalSeconds:0} draws/s)"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
