using System.Diagnostics;
using System.Globalization;
using Spectre.Console.Cli;
using Statecraft.Cases.Vocabulary;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cluster.Units;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Output;
using Statecraft.Coding.Petrarch;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Cli.Commands.Coding;

/// <summary>
/// <c>statecraft code FILE...</c>: codes texts into dated who-did-what-to-whom events (JSONL, CSV or TSV),
/// streaming, on all cores. Unreadable files and records are skipped, reported on stderr and counted.
/// </summary>
internal sealed class CodeCommand(CommandOutput output) : Command<CodeSettings>
{
    /// <summary>Malformed dictionary lines printed per file; the count covers all of them.</summary>
    private const int MaxReportedDictionaryErrors = 20;

    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format;
        var inputFormat = settings.InputFormat;
        PartialDate? date = settings.Date is null ? null
            : DocumentDates.TryParse(settings.Date, out var parsed) ? parsed
            : throw new UsageException($"--date '{settings.Date}' is not YYYY-MM-DD, YYYY-MM or YYYY.");
        if (settings.Threads is < 1)
        {
            throw new UsageException("--threads must be at least 1.");
        }

        string[] inputs = [.. settings.Files, .. settings.Dictionaries];
        AtomicOutput.Check(settings.Out, inputs);
        if (settings.Mode == CodingMode.Parity)
        {
            CheckParityInputs(settings);
        }

        if (settings.Mode == CodingMode.Syntax && settings.Cluster is not null)
        {
            throw new UsageException("--mode syntax runs in this process only; leave out --cluster (the cluster codes in text mode)");
        }

        if (settings.Cluster is { } cluster)
        {
            return ExecuteOnCluster(settings, cluster, inputFormat, date, inputs);
        }

        var clock = Stopwatch.StartNew();
        var pipeline = BuildPipeline(settings, output.Error);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var problems = new InputProblems();
        var statistics = new CodingStatistics();
        var documents = settings.Files.SelectMany(f => settings.Mode == CodingMode.Parity
            ? DocumentReader.ReadWithParses(f, date, problems)
            : DocumentReader.Read(f, inputFormat, date, problems));
        var events = pipeline.CodeAll(documents, statistics);
        AtomicOutput.Write(settings.Out, output.Out, inputs, writer => WriteAll(writer, format, events));
        Report(problems, statistics, loadSeconds, clock.Elapsed.TotalSeconds - loadSeconds);
        if (settings.Mode == CodingMode.Parity)
        {
            output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parity mode: {statistics.ParsedDocuments} records coded from their <Parse> trees, {statistics.Documents - statistics.ParsedDocuments} from their text (no readable tree)"));
        }

        return problems.SkippedFiles > 0 ? StatecraftApp.BadInput : StatecraftApp.Success;
    }

    /// <summary>The documents coded in batches on the cluster: the same events, in the same order, as the run in this process.</summary>
    private int ExecuteOnCluster(CodeSettings settings, string cluster, DocumentFormat? inputFormat, PartialDate? date, string[] inputs)
    {
        if (settings.Dictionaries.Length > 0 || settings.NoBuiltIn)
        {
            throw new UsageException("--cluster codes with the built-in dictionaries only; leave out --dictionary and --no-builtin");
        }

        var clock = Stopwatch.StartNew();
        var problems = new InputProblems();
        var documents = settings.Files.SelectMany(f => DocumentReader.Read(f, inputFormat, date, problems))
            .Select(d => new DocumentInput(d.Id, d.Text, d.Date?.ToString()));
        var format = settings.Format.ToString().ToLowerInvariant();
        var units = Jobs.PlanCode(documents, format);
        var (text, statistics) = Jobs.GatherCode(ClusterRun.Run(cluster, settings.Results, units, output.Error), format);
        AtomicOutput.Write(settings.Out, output.Out, inputs, writer => writer.Write(text));
        Report(problems, statistics, 0, clock.Elapsed.TotalSeconds);
        return problems.SkippedFiles > 0 ? StatecraftApp.BadInput : StatecraftApp.Success;
    }

    /// <summary>
    /// Parity mode codes from PETRARCH XML parse trees: an input of another format, or an XML file that holds no
    /// <c>&lt;Parse&gt;</c> at all, would silently be coded from its text, so it is a usage error instead. Files
    /// that do not exist are left to the reader, which reports and skips them as in text mode.
    /// </summary>
    private static void CheckParityInputs(CodeSettings settings)
    {
        if (settings.Cluster is not null)
        {
            throw new UsageException("--mode parity runs in this process only; leave out --cluster (the cluster codes from text)");
        }

        foreach (var file in settings.Files)
        {
            var format = settings.InputFormat ?? DocumentFormats.FromPath(file);
            if (format != DocumentFormat.PetrarchXml)
            {
                throw new UsageException($"--mode parity reads PETRARCH XML with <Parse> trees; {file} is read as {new InputFormatConverter().Spelling(format)} (use --mode text, or --input-format xml if it is PETRARCH XML)");
            }

            if (File.Exists(file) && !HasParse(file))
            {
                throw new UsageException($"--mode parity codes from <Parse> trees, and {file} has none; code it with --mode text");
            }
        }
    }

    /// <summary>Whether the file has a <c>&lt;Parse&gt;</c> element; true when it cannot be read, which the reader then reports.</summary>
    private static bool HasParse(string file)
    {
        try
        {
            return File.ReadLines(file).Any(line => line.Contains("<Parse>", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static CoderPipeline BuildPipeline(CodeSettings settings, TextWriter diagnostics)
    {
        var options = new CoderOptions { DegreeOfParallelism = settings.Threads ?? Environment.ProcessorCount, Mode = settings.Mode };
        var builder = new CoderPipelineBuilder().WithOptions(options);
        if (!settings.NoBuiltIn)
        {
            builder.UseBuiltInDictionaries();
        }

        foreach (var path in settings.Dictionaries)
        {
            var report = DictionaryFiles.Load(builder, path);
            diagnostics.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dictionary {path}: {report.Entries} entries ({report.Kind}), {report.Errors.Count} malformed lines left out"));
            foreach (var error in report.Errors.Take(MaxReportedDictionaryErrors))
            {
                diagnostics.WriteLine("  malformed: " + error);
            }
        }

        return builder.Build();
    }

    private static void WriteAll(TextWriter writer, EventFormat format, IEnumerable<CodedEvent> events)
    {
        var eventWriter = new EventWriter(writer, format);
        foreach (var coded in events)
        {
            eventWriter.Write(coded);
        }

        eventWriter.WriteHeaderIfNone();
    }

    private void Report(InputProblems problems, CodingStatistics s, double loadSeconds, double codeSeconds)
    {
        foreach (var error in problems.Errors)
        {
            output.Error.WriteLine("skipped: " + error);
        }

        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coded {s.Documents} documents, {s.Sentences} sentences: {s.Events} events ({s.NegatedEvents} negated) in {s.SentencesWithEvents} sentences; " +
            $"no actor {s.NoActor}, no pattern {s.NoPattern}, no dyad {s.NoDyad}, discarded {s.DiscardedSentences}, too long {s.SkippedSentences}; " +
            $"skipped files {problems.SkippedFiles}, records {problems.SkippedRecords}; dictionaries {loadSeconds:0.00} s, coding {codeSeconds:0.00} s"));
    }
}
