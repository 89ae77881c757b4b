using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cases;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary><c>statecraft case validate PATH</c>: reads and checks a case, printing every problem with file, line and field.</summary>
[Description("Check a case file: every problem is printed as file:line:column: field: message (exit 1).")]
public sealed class CaseValidateCommand(CommandOutput output) : Command<CasePathSettings>
{
    public override int Execute(CommandContext context, CasePathSettings settings, CancellationToken cancellationToken)
    {
        var loaded = CaseLoader.Load(settings.Path);
        var positions = loaded.Issues.Sum(i => i.Positions.Count);
        output.Out.WriteLine(
            $"ok: {loaded.Id}: {loaded.Actors.Count} actors, {loaded.Issues.Count} issues, {positions} positions, " +
            $"{loaded.Stimuli.Count} stimuli, {loaded.Events.Count} events, {loaded.Sources.Count} sources, " +
            $"{loaded.Structural.Count} structural figures, {loaded.Facts.Count} facts, {loaded.Scenarios.Count} scenarios");
        return StatecraftApp.Success;
    }
}
