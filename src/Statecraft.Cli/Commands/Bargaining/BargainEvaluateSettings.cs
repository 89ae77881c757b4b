using System.ComponentModel;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands.Bargaining;

/// <summary>Options of <c>statecraft bargain evaluate FILE</c>: every model against decided issues.</summary>
public sealed class BargainEvaluateSettings : BargainSettings
{
    [CommandArgument(0, "<DATASET>")]
    [Description("Issues in the DEU layout (tab-separated; columns isnr, out, rp and p<actor>/s<actor> pairs)")]
    public string Dataset { get; init; } = string.Empty;

    [CommandOption("--models <MODELS>")]
    [Description("Comma-separated models to score. Default: eu,compromise,median,nash.")]
    public string? Models { get; init; }
}
