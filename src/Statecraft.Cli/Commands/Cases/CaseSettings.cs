using System.ComponentModel;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands.Cases;

/// <summary>Arguments of <c>case validate</c>.</summary>
public class CasePathSettings : CommandSettings
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
    [DefaultValue("table")]
    public string Format { get; init; } = "table";
}
