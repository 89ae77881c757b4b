using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary><c>statecraft case validate PATH</c>: reads and checks a case, printing every problem with file, line and field.</summary>
[Description("Check a case file: every problem is printed as file:line:column: field: message (exit 1). A format-version-1 case is read as version 2, with what changed.")]
public sealed class CaseValidateCommand(CommandOutput output) : Command<CasePathSettings>
{
    public override int Execute(CommandContext context, CasePathSettings settings, CancellationToken cancellationToken)
    {
        var warnings = new List<InputError>();
        var loaded = settings.Load(settings.Path, warnings);
        foreach (var warning in warnings)
        {
            // Years a reference's table lacks are left out, not refused: the capability index falls back per component (Eq. S1).
            output.Error.WriteLine($"warning: {warning}");
        }

        var positions = loaded.Issues.Sum(i => i.Positions.Count);
        output.Out.WriteLine(
            $"ok: {loaded.Id}: {loaded.Actors.Count} actors, {loaded.Issues.Count} issues, {positions} positions, " +
            $"{loaded.Stimuli.Count} stimuli, {loaded.Events.Count} events, {loaded.Sources.Count} sources, " +
            $"{loaded.Structural.Count} structural figures{References(loaded)}, {loaded.Facts.Count} facts, {loaded.Scenarios.Count} scenarios");
        if (loaded.FormatVersion < Case.CurrentFormatVersion)
        {
            output.Error.WriteLine(MigrationNotice(loaded.FormatVersion, settings.Path));
        }

        return StatecraftApp.Success;
    }

    private static string References(Case loaded) =>
        loaded.StructuralReferences.Count == 0 ? string.Empty : $" ({loaded.Structural.Count(f => f.ReadByReference)} read by {loaded.StructuralReferences.Count} references)";

    /// <summary>What a version-1 author is told: the case reads as version 2, what version 2 added, and how to update the header.</summary>
    internal static string MigrationNotice(int version, string path) =>
        $"note: formatVersion {version} is read as {Case.CurrentFormatVersion}; nothing in it changes meaning. Version {Case.CurrentFormatVersion} adds:\n"
        + string.Concat(Case.ChangesSinceVersion1.Select(c => $"  - {c}\n"))
        + $"'statecraft case migrate {path}' sets formatVersion: {Case.CurrentFormatVersion}.";
}
