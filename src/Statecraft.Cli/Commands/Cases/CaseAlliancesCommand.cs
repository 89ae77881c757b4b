using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Cases.Yaml;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary>Arguments of <c>case alliances</c>.</summary>
public sealed class CaseAlliancesSettings : CasePathSettings
{
    [CommandOption("--atop <FILE>")]
    [Description("ATOP's directed dyad-year table (ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul), e.g. $STATECRAFT_SHARED/data/structural/atop_v5.1_ddyr_via_peacesciencer.csv. Required.")]
    public string? Atop { get; init; }

    [CommandOption("--source <ID>")]
    [Description("The id of the case's source entry for that table. Default: atop-5.1.")]
    [DefaultValue("atop-5.1")]
    public string Source { get; init; } = "atop-5.1";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the section to FILE (such as the case's alliances.yaml); - or no option writes to standard output.")]
    public string? Out { get; init; }
}

/// <summary>
/// <c>statecraft case alliances PATH --atop FILE</c>: the treaties in force between the case's focal state and its other
/// states over the case's years, read from ATOP and written as the case's <c>alliances</c> section (Eq. S7a).
/// </summary>
[Description("Write a case's alliances section from ATOP: every treaty between the focal state and the case's other states in force during the case's periods.")]
public sealed class CaseAlliancesCommand(CommandOutput output) : Command<CaseAlliancesSettings>
{
    public override int Execute(CommandContext context, CaseAlliancesSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Atop))
        {
            throw new UsageException("--atop is required: the ATOP directed dyad-year table to read");
        }

        var loaded = settings.Load(settings.Path);
        if (loaded.Sources.All(s => s.Id != settings.Source))
        {
            throw new UsageException($"--source '{settings.Source}' is not a source of case '{loaded.Id}'; add the ATOP entry to its sources first");
        }

        var others = loaded.Actors.Where(a => a.Kind == ActorKind.State && a.Id != loaded.Focal).Select(a => a.Id);
        var from = loaded.Periods.Min(p => p.From.Year);
        var to = loaded.Periods.Max(p => p.To.Year);
        var alliances = AtopTable.Alliances(settings.Atop, loaded.Focal, others, from, to, settings.Source);
        Coding.AtomicOutput.Write(settings.Out, output.Out, [settings.Atop, settings.Path], writer =>
        {
            writer.WriteLine($"# Alliance treaties of {loaded.Focal} in force {from}-{to}, written by `statecraft case alliances` from {Path.GetFileName(settings.Atop)}.");
            CaseWriter.WriteAlliances(alliances, writer);
        });
        return StatecraftApp.Success;
    }
}
