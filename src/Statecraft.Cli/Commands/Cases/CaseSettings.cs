using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary>Arguments of <c>case validate</c>.</summary>
public class CasePathSettings : CaseInputSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A case directory (holding case.yaml) or a single case YAML file.")]
    public string Path { get; init; } = string.Empty;
}

/// <summary>Arguments of <c>case show</c>.</summary>
public sealed class CaseShowSettings : CasePathSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table or json. Default: table.")]
    [DefaultValue(TableFormat.Table)]
    [TypeConverter(typeof(ChoiceConverter<TableFormat>))]
    public TableFormat Format { get; init; } = TableFormat.Table;
}
