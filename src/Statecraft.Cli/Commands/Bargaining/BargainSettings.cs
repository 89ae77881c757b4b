using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Bargaining;

/// <summary>
/// Options of <c>statecraft bargain FILE.csv</c>: one bargaining problem, one model. They are the settings of the
/// <c>bargain</c> branch itself, so that its default command can take the file (Spectre parses arguments of a
/// branch's default command only through the branch's settings) and <c>bargain evaluate</c> inherits the options.
/// </summary>
public class BargainSettings : CommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("CSV with the columns actor,capability,position,salience (salience on 0-1 or 0-100, detected)")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--model <MODEL>")]
    [Description("eu (expected utility), compromise (weighted mean), median (weighted median) or nash. Default: eu.")]
    [TypeConverter(typeof(ChoiceConverter<ModelName>))]
    public ModelName Model { get; init; } = ModelName.Eu;

    [CommandOption("--rounds <N>")]
    [Description("Round cap of the expected-utility model. Default: 10.")]
    public int Rounds { get; init; } = 10;

    [CommandOption("-q|--status-quo-probability <Q>")]
    [Description("Q (-q; Spectre allows no one-letter --q), the probability of the status quo if an actor does not challenge, 0-1, as Scholz et al. Default: 1.")]
    public double Q { get; init; } = 1.0;

    [CommandOption("--eu-mode <MODE>")]
    [Description("Reading of the expected-utility model: default (this project's), scholz-code (reproduces Scholz's code) or paper (printed equations). Default: default.")]
    [TypeConverter(typeof(ChoiceConverter<EuMode>))]
    public EuMode EuMode { get; init; } = EuMode.Default;

    [CommandOption("--format <FORMAT>")]
    [Description("table or json. Default: table.")]
    [TypeConverter(typeof(ChoiceConverter<TableFormat>))]
    public TableFormat Format { get; init; } = TableFormat.Table;
}
