using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands.Evaluation;

/// <summary>How <c>statecraft evaluate</c> prints its result.</summary>
public enum EvaluateFormat
{
    /// <summary>Terminal tables.</summary>
    Table,

    /// <summary>The JSON contract of docs/model.md, "Evaluation".</summary>
    Json,
}

/// <summary>Arguments of <c>statecraft evaluate</c>.</summary>
public sealed class EvaluateSettings : Infrastructure.CaseInputSettings
{
    [CommandArgument(0, "[CASE]")]
    [Description("Case directories or files to score. Default: every case under the bundled cases/ folder.")]
    public string[] Cases { get; init; } = [];

    [CommandOption("--loo")]
    [Description("Also calibrate the engine's thresholds leave-one-case-out (a grid search on the other cases, docs/model.md Eq. E3) and report the out-of-sample figures and each parameter's spread. Needs at least 2 cases.")]
    public bool Loo { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table.")]
    [DefaultValue(EvaluateFormat.Table)]
    [TypeConverter(typeof(Infrastructure.ChoiceConverter<EvaluateFormat>))]
    public EvaluateFormat Format { get; init; } = EvaluateFormat.Table;

    [CommandOption("--report <FILE>")]
    [Description("Also write a self-contained HTML page of the evaluation to FILE (its folder must exist).")]
    public string? Report { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Cores for the calibration grid; results do not depend on it. Default: all.")]
    [DefaultValue(-1)]
    public int Threads { get; init; } = -1;

    [CommandOption("--cluster <TARGET>")]
    [Description(Infrastructure.ClusterRun.OptionHelp)]
    public string? Cluster { get; init; }

    [CommandOption("--results <DIR>")]
    [Description(Infrastructure.ClusterRun.ResultsHelp)]
    public string? Results { get; init; }

    public override ValidationResult Validate() =>
        Threads == 0 || Threads < -1 ? ValidationResult.Error("--threads must be a positive number of cores (or -1 for all)")
        : base.Validate();
}
