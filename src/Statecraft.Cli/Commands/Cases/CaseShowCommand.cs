using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cases.Json;
using Statecraft.Cases.Model;
using Statecraft.Cases.Yaml;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary><c>statecraft case show PATH</c>: the case's actors, issues, timeline and scenarios as tables or JSON.</summary>
[Description("Show a case: actors, issues with positions, stimuli, observed outcomes and scenarios (table or JSON).")]
public sealed class CaseShowCommand(CommandOutput output) : Command<CaseShowSettings>
{
    public override int Execute(CommandContext context, CaseShowSettings settings, CancellationToken cancellationToken)
    {
        var loaded = settings.Load(settings.Path);
        if (settings.Format == TableFormat.Json)
        {
            output.Out.WriteLine(CaseJson.Serialize(loaded));
            return StatecraftApp.Success;
        }

        var console = output.Console;
        console.Write(new Rule($"[bold]{Markup.Escape(loaded.Title)}[/]").LeftJustified());
        console.WriteLine($"{loaded.Id}: focal {loaded.Focal}, partner {loaded.Partner}, shock {loaded.Shock}");
        console.Write(IssuesTable(loaded));
        console.Write(ActorsTable(loaded));
        console.Write(TimelineTable(loaded));
        console.Write(ScenarioTable(loaded));
        return StatecraftApp.Success;
    }

    private static Table IssuesTable(Case c)
    {
        var table = new Table().Title("Issues").AddColumns("id", "title", "scale", "status quo", "positions", "observed");
        foreach (var issue in c.Issues)
        {
            table.AddRow(
                Markup.Escape(issue.Id),
                Markup.Escape(issue.Title),
                Markup.Escape($"{N(issue.Scale.Min)} {issue.Scale.Low} .. {N(issue.Scale.Max)} {issue.Scale.High}"),
                N(issue.StatusQuo.Value),
                issue.Positions.Count.ToString(CultureInfo.InvariantCulture),
                c.FindObservation(issue.Id) is { } o ? CaseNames.Of(o.Label) : "-");
        }

        return table;
    }

    private static Table ActorsTable(Case c)
    {
        var table = new Table().Title("Actors").AddColumns("id", "kind", "name", "state", "roles");
        foreach (var actor in c.Actors)
        {
            var roles = string.Join("; ", actor.Roles.Select(r => $"{r.Title} of {r.Of} {r.From}..{r.To?.ToString() ?? ""}"));
            table.AddRow(Markup.Escape(actor.Id), CaseNames.Of(actor.Kind), Markup.Escape(actor.Name), Markup.Escape(actor.State ?? ""), Markup.Escape(roles));
        }

        return table;
    }

    private static Table TimelineTable(Case c)
    {
        var table = new Table().Title("Timeline").AddColumns("date", "id", "kind", "actor", "target", "summary");
        foreach (var entry in c.Stimuli.Concat(c.Events).OrderBy(e => e.Date))
        {
            table.AddRow(
                entry.Date.ToString(),
                Markup.Escape(entry.Id),
                Markup.Escape(entry.Kind),
                Markup.Escape(string.Join(", ", entry.Actors)),
                Markup.Escape(string.Join(", ", entry.Targets)),
                Markup.Escape(entry.Summary));
        }

        return table;
    }

    private static Table ScenarioTable(Case c)
    {
        var table = new Table().Title("Scenarios").AddColumns("id", "title", "edits");
        foreach (var scenario in c.Scenarios)
        {
            table.AddRow(Markup.Escape(scenario.Id), Markup.Escape(scenario.Title), Markup.Escape(string.Join("; ", scenario.Edits.Select(ScenarioText.Describe))));
        }

        return table;
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
