using BenchmarkDotNet.Running;
using Statecraft.Benchmarks.Coding;

// dotnet run -c Release -- accuracy            : the three accuracy figures (seed gold, PETR2 GSR, PLOVER GSR)
// dotnet run -c Release -- parity [--diff]    : per-sentence agreement with PETRARCH2 on the GigaWord sample (raw text, parity mode);
//                                               --diff lists the sentences where the parity mode differs
// dotnet run -c Release -- gsr-parses         : PETR2 GSR P/R of the parity mode, Penn parses taken from the GigaWord sample
// dotnet run -c Release -- syntax             : text and syntax modes side by side on the seed, both GSR sets and GigaWord
// dotnet run -c Release -- syntax-tree TEXT    : the syntax mode's tree and events for one sentence (Phoenix dictionaries)
// dotnet run -c Release -- corpus OUT N        : writes a JSONL corpus of at least N sentences from the shared texts
// dotnet run -c Release -- gigaword PREFIX R    : writes the GigaWord sample x R as PREFIX.xml (PETRARCH XML) and PREFIX.jsonl (same records)
// dotnet run -c Release -- read FILE R         : reads FILE's documents R times without coding them (the reader's cost)
// dotnet run -c Release -- throughput FILE T   : codes FILE in-process on T threads; prints sentences/s and peak memory
// dotnet run -c Release -- --job short ...     : BenchmarkDotNet inner-loop benchmarks
return args.FirstOrDefault() switch
{
    "accuracy" => Harness.Accuracy(),
    "parity" => Harness.Parity(args.Contains("--diff")),
    "gsr-parses" => Harness.GsrWithParses(),
    "syntax-tree" => Harness.SyntaxTree(args[1]),
    "syntax" => args.Contains("--diff") ? Harness.SyntaxDiff(args.Contains("--all")) : Harness.Syntax(),
    "corpus" => Harness.Corpus(args[1], long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    "gigaword" => Harness.GigaWord(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    "read" => Harness.Read(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    "stages" => Harness.Stages(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)),
    "throughput" => Harness.Throughput(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CodingBenchmarks).Assembly).Run(args);
    return 0;
}
