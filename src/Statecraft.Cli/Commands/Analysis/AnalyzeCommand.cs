using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases.Files;
using Statecraft.Cli.Commands.Bargaining;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cluster.Units;
using Statecraft.Reporting;
using Statecraft.Reporting.Html;
using Statecraft.Reporting.Json;
using Statecraft.Reporting.Terminal;

namespace Statecraft.Cli.Commands.Analysis;

/// <summary><c>statecraft analyze</c>: the neoclassical-realist analysis of a case, with scenarios, sensitivity and a report.</summary>
[Description("Analyse a case: per issue the bargaining forecast and the response label (assuage, adapt, exploit, hedge) with its reasons.")]
public sealed class AnalyzeCommand(CommandOutput output) : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format;
        var options = Options(settings);
        var distribution = settings.Distribution;
        var path = CasePaths.Resolve(settings.Case);
        var caseFiles = CaseFiles(path);
        if (settings.Report is { } target)
        {
            OutputFile.Check(target, "--report", caseFiles);
        }

        var loaded = settings.Load(path);
        var spreads = settings.Calibration is { } file ? CalibrationFile.Read(file) : null;
        var sensitivity = settings.Samples > 0
            ? new SensitivityRequest(settings.Samples, settings.Seed, distribution, Thresholds: spreads, ThresholdOrigin: spreads is null ? null : $"leave-one-case-out spread in {settings.Calibration}")
            : null;
        var analysis = settings.Cluster is { } cluster && sensitivity is not null
            ? OnCluster(CaseAnalyzer.Analyze(loaded, settings.Scenario, options), CaseInputSettings.WorkerFiles(path, loaded), settings, cluster, sensitivity)
            : RunWithProgress(() => CaseAnalyzer.Analyze(loaded, settings.Scenario, options, sensitivity, Progress(settings, format)), settings, format);
        if (settings.Tipping)
        {
            analysis = analysis with { Tipping = analysis.Case.Issues.ToDictionary(i => i.Id, i => TippingPoints.Of(analysis.Case, i, options)) };
        }

        var baseline = settings.Scenario is null ? null : CaseAnalyzer.Analyze(loaded, null, options);
        var provenance = Provenance.Of(loaded);
        if (settings.Report is { } report)
        {
            HtmlReport.WriteFile(report, new ReportInput(analysis, baseline, ScenarioComparisons(loaded, options, settings.Scenario), provenance), caseFiles);
            output.Error.WriteLine($"report written to {report}");
        }

        if (format == TableFormat.Json)
        {
            output.Out.WriteLine(AnalysisJson.Serialize(analysis, provenance));
            return StatecraftApp.Success;
        }

        output.Console.Write(AnalysisTables.Summary(analysis));
        output.Console.Write(AnalysisTables.Sampling(analysis));
        if (settings.Tipping)
        {
            output.Console.Write(AnalysisTables.Tipping(analysis));
        }

        if (settings.Compare && baseline is not null)
        {
            output.Console.Write(AnalysisTables.Compare(baseline, analysis));
        }

        if (settings.Explain)
        {
            output.Console.Write(AnalysisTables.Explanations(analysis));
        }

        return StatecraftApp.Success;
    }

    /// <summary>The case's own files (the path itself, and every file under it when it is a directory), which no output may replace.</summary>
    private static string[] CaseFiles(string path) =>
        Directory.Exists(path) ? [path, .. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)] : [path];

    /// <summary>The report compares every named scenario with the base, so a reader sees them all in one file.</summary>
    private static IReadOnlyList<CaseAnalysis> ScenarioComparisons(Statecraft.Cases.Model.Case loaded, AnalysisOptions options, string? shown) =>
        [.. loaded.Scenarios.Where(s => s.Id != shown).Select(s => CaseAnalyzer.Analyze(loaded, s.Id, options))];

    /// <summary>The analysis with its sweep run as blocks of draws on the cluster: the same numbers as the sweep in this process.</summary>
    private CaseAnalysis OnCluster(CaseAnalysis analysis, global::Statecraft.Cluster.Units.CaseFiles files, AnalyzeSettings settings, string cluster, SensitivityRequest request)
    {
        var units = Jobs.PlanDraws(files, settings.Scenario, new UnitOptions(ModelNames.Name(settings.Model)), request);
        return analysis with { Sensitivity = Jobs.GatherDraws(analysis.Case, request, ClusterRun.Run(cluster, settings.Results, units, output.Error)) };
    }

    private static AnalysisOptions Options(AnalyzeSettings settings) =>
        AnalysisOptions.Default with { Model = ModelNames.Name(settings.Model), Goldstein = EventWeights.Goldstein };

    private ProgressTask? _task;

    private TaskProgress? Progress(AnalyzeSettings settings, TableFormat format) =>
        settings.Samples > 0 && format == TableFormat.Table ? new TaskProgress(() => _task) : null;

    private CaseAnalysis RunWithProgress(Func<CaseAnalysis> run, AnalyzeSettings settings, TableFormat format)
    {
        if (settings.Samples == 0 || format != TableFormat.Table)
        {
            return run();
        }

        CaseAnalysis? result = null;
        output.Console.Progress().Start(ctx =>
        {
            _task = ctx.AddTask($"sampling {settings.Samples} draws", maxValue: settings.Samples);
            result = run();
            _task.Value = settings.Samples;
        });
        return result!;
    }

    /// <summary>Moves the progress bar from the sampling threads (Spectre's tasks are thread-safe).</summary>
    private sealed class TaskProgress(Func<ProgressTask?> task) : IProgress<int>
    {
        public void Report(int value) => task()?.Value = value;
    }
}
