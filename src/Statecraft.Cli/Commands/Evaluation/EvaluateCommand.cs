using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Analysis;
using Statecraft.Analysis.Evaluation;
using Statecraft.Cases.Files;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cluster.Units;
using Statecraft.Reporting.Evaluation;

namespace Statecraft.Cli.Commands.Evaluation;

/// <summary>
/// <c>statecraft evaluate</c>: the engine scored against what happened on every case of the library, beside naive
/// baselines, in sample with the documented defaults and, with <c>--loo</c>, out of sample (docs/model.md, Eqs. E1-E3).
/// </summary>
[Description("Score the engine against the observed outcomes and labels of a case library, beside naive baselines; --loo calibrates leave-one-case-out.")]
public sealed class EvaluateCommand(CommandOutput output) : Command<EvaluateSettings>
{
    /// <summary>Leave-one-case-out with the grid scored on the cluster: the same folds as <see cref="Calibration.LeaveOneCaseOut"/>.</summary>
    private LeaveOneOut OnCluster(IReadOnlyList<Statecraft.Cases.Model.Case> cases, IEnumerable<string> paths, AnalysisOptions options, string cluster, string? results)
    {
        var units = Jobs.PlanCalibration([.. paths.Zip(cases, CaseInputSettings.WorkerFiles)], UnitOptions.Default);
        return Jobs.GatherCalibration([.. cases.Select(c => c.Id)], units, ClusterRun.Run(cluster, results, units, output.Error), options);
    }

    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var paths = settings.Cases.Length > 0 ? settings.Cases : CasePaths.Library();
        if (settings.Loo && paths.Count < 2)
        {
            throw new UsageException("--loo needs at least 2 cases");
        }

        string[] inputs = [.. paths.SelectMany(p => Directory.Exists(p) ? [p, .. Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)] : new[] { p })];
        if (settings.Report is { } target)
        {
            OutputFile.Check(target, "--report", inputs);
        }

        var cases = paths.Select(p => settings.Load(p)).ToList();
        var options = AnalysisOptions.Default with { Goldstein = EventWeights.Goldstein };
        var scores = cases.Select(c => CaseScorer.Score(c, options)).ToList();
        var loo = !settings.Loo ? null
            : settings.Cluster is { } cluster ? OnCluster(cases, paths, options, cluster, settings.Results)
            : Calibration.LeaveOneCaseOut(cases, options, settings.Threads);
        var report = new EvaluationReport(scores, EvaluationSummary.Of(scores), loo);
        if (settings.Report is { } path)
        {
            OutputFile.WriteText(path, "--report", inputs, writer => writer.Write(EvaluationHtml.Render(report)));
            output.Error.WriteLine($"report written to {path}");
        }

        if (settings.Format == EvaluateFormat.Json)
        {
            output.Out.WriteLine(EvaluationJson.Serialize(report));
            return StatecraftApp.Success;
        }

        output.Console.Write(EvaluationTables.Issues(report));
        output.Console.Write(EvaluationTables.Vectors(report));
        output.Console.Write(EvaluationTables.Scoreboard(report));
        if (loo is not null)
        {
            output.Console.Write(EvaluationTables.Parameters(loo));
        }

        return StatecraftApp.Success;
    }
}
