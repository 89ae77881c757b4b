using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands.Analysis;

/// <summary>Arguments of <c>statecraft analyze</c>.</summary>
public sealed class AnalyzeSettings : CommandSettings
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
    [Description("Monte Carlo draws of the uncertain inputs (positions, saliences, capabilities with stated ranges). 0 = none.")]
    [DefaultValue(0)]
    public int Samples { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the draws; the same seed gives the same numbers on any number of cores.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--distribution <D>")]
    [Description("triangular (default, mode at the stated value) or uniform draws within the ranges.")]
    [DefaultValue("triangular")]
    public string Distribution { get; init; } = "triangular";

    [CommandOption("--cluster <TARGET>")]
    [Description(Infrastructure.ClusterRun.OptionHelp)]
    public string? Cluster { get; init; }

    [CommandOption("--results <DIR>")]
    [Description(Infrastructure.ClusterRun.ResultsHelp)]
    public string? Results { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("Bargaining model that decides the labels: eu (default), compromise, median or nash.")]
    [DefaultValue("eu")]
    public string Model { get; init; } = "eu";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--report <FILE>")]
    [Description("Also write a self-contained HTML report (charts inline, no network) to FILE.")]
    public string? Report { get; init; }

    [CommandOption("--explain")]
    [Description("With the table format: print each issue's explanation and counterfactuals.")]
    public bool Explain { get; init; }

    public override ValidationResult Validate() =>
        Samples < 0 ? ValidationResult.Error("--samples must be 0 or more")
        : Compare && Scenario is null ? ValidationResult.Error("--compare needs --scenario NAME")
        : ValidationResult.Success();
}
