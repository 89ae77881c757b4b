using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cli.Commands.Bargaining;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Analysis;

/// <summary>Arguments of <c>statecraft analyze</c>.</summary>
public sealed class AnalyzeSettings : CaseInputSettings
{
    [CommandArgument(0, "[CASE]")]
    [Description("A case directory or file. Default: the bundled reference case cases/japan-us-2016.")]
    public string? Case { get; init; }

    [CommandOption("--scenario <NAME>")]
    [Description("Apply the case's named scenario (counterfactual edit) before the analysis.")]
    public string? Scenario { get; init; }

    [CommandOption("--compare")]
    [Description("With --scenario: show the base case's and the scenario's labels and forecasts side by side.")]
    public bool Compare { get; init; }

    [CommandOption("--samples <N>")]
    [Description("Monte Carlo draws: every position, salience and capability from its stated range, or the default range where the case states none (position ±10% of the scale, salience and capability ±0.1), and the thresholds from their spread (see --calibration). 0 = none. Default: 0.")]
    [DefaultValue(0)]
    public int Samples { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the draws; the same seed gives the same numbers on any number of cores. Default: 42.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--distribution <D>")]
    [Description("triangular (mode at the stated value) or uniform draws within the ranges. Default: triangular.")]
    [DefaultValue(DrawDistribution.Triangular)]
    [TypeConverter(typeof(ChoiceConverter<DrawDistribution>))]
    public DrawDistribution Distribution { get; init; } = DrawDistribution.Triangular;

    [CommandOption("--cluster <TARGET>")]
    [Description(Infrastructure.ClusterRun.OptionHelp)]
    public string? Cluster { get; init; }

    [CommandOption("--results <DIR>")]
    [Description(Infrastructure.ClusterRun.ResultsHelp)]
    public string? Results { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("Bargaining model that decides the labels: eu, compromise, median or nash. Default: eu.")]
    [DefaultValue(ModelName.Eu)]
    [TypeConverter(typeof(ChoiceConverter<ModelName>))]
    public ModelName Model { get; init; } = ModelName.Eu;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table.")]
    [DefaultValue(TableFormat.Table)]
    [TypeConverter(typeof(ChoiceConverter<TableFormat>))]
    public TableFormat Format { get; init; } = TableFormat.Table;

    [CommandOption("--report <FILE>")]
    [Description("Also write a self-contained HTML report (charts inline, no network) to FILE.")]
    public string? Report { get; init; }

    [CommandOption("--calibration <FILE>")]
    [Description("With --samples: draw the thresholds from the leave-one-case-out spread in FILE, the output of 'statecraft evaluate --loo --format json'. Default: each threshold's documented default spread.")]
    public string? Calibration { get; init; }

    [CommandOption("--tipping")]
    [Description("Per issue, the smallest change of each input and threshold that flips its label (docs/model.md, Eq. A13).")]
    public bool Tipping { get; init; }

    [CommandOption("--explain")]
    [Description("With the table format: print each issue's explanation and counterfactuals.")]
    public bool Explain { get; init; }

    /// <summary>The most Monte Carlo draws (each one runs every issue's bargaining model).</summary>
    public const int MaxSamples = 1_000_000;

    public override ValidationResult Validate() =>
        Samples is < 0 or > MaxSamples ? ValidationResult.Error($"--samples must be between 0 and {MaxSamples:N0}, not {Samples}")
        : Compare && Scenario is null ? ValidationResult.Error("--compare needs --scenario NAME")
        : Calibration is not null && Samples == 0 ? ValidationResult.Error("--calibration needs --samples N")
        : base.Validate();
}
