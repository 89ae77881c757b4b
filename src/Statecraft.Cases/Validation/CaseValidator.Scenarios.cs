using Statecraft.Cases.Model;

namespace Statecraft.Cases.Validation;

public sealed partial class CaseValidator
{
    private void CheckScenarios()
    {
        foreach (var scenario in _case.Scenarios)
        {
            RequireProvenance(scenario, scenario.Provenance);
            foreach (var edit in scenario.Edits)
            {
                var problem = EditProblem(edit);
                if (problem is not null)
                {
                    _errors.Add(new Diagnostics.InputError(
                        edit.Location.File, edit.Location.Line, edit.Location.Column, edit.Path, "scenario edit: " + problem));
                }
            }
        }
    }

    /// <summary>What an edit names that does not exist or cannot be, or null when it can be applied.</summary>
    private string? EditProblem(ScenarioEdit edit) => edit switch
    {
        SetPosition e => MissingPosition(e.Actor, e.Issue, e.Period)
            ?? (e.Position is { } p && !_issues[e.Issue].Scale.Contains(p) ? $"position {Format(p)} is outside the scale of issue '{e.Issue}'" : null)
            ?? (e.Salience is < 0 or > 1 ? $"salience {Format(e.Salience.Value)} is outside 0..1" : null)
            ?? (e.Capability is < 0 ? $"capability {Format(e.Capability.Value)} is negative" : null),
        RemovePosition e => MissingPosition(e.Actor, e.Issue, e.Period),
        CopyPositions e => MissingActor(e.FromActor) ?? MissingActor(e.ToActor) ?? MissingPeriod(e.FromPeriod) ?? MissingPeriod(e.ToPeriod)
            ?? e.Issues.Select(MissingIssue).FirstOrDefault(p => p is not null)
            ?? (_case.Issues.Any(i => i.PositionOf(e.FromActor, e.FromPeriod) is not null) ? null : $"'{e.FromActor}' has no positions in period '{e.FromPeriod}' to copy"),
        SetTie e => MissingActor(e.From) ?? MissingActor(e.To) ?? (e.Affinity is < -1 or > 1 ? $"affinity {Format(e.Affinity)} is outside -1..1" : null),
        SetAttribute e => MissingActor(e.Actor),
        RemoveStimulus e => _case.Stimuli.Any(s => s.Id == e.Stimulus) ? null : $"unknown stimulus '{e.Stimulus}'",
        _ => $"unknown edit '{edit.Verb}'",
    };

    private string? MissingPosition(string actor, string issue, string period) =>
        MissingActor(actor) ?? MissingIssue(issue) ?? MissingPeriod(period)
        ?? (_issues[issue].PositionOf(actor, period) is null ? $"'{actor}' has no position on '{issue}' in period '{period}'" : null);

    private string? MissingActor(string id) => _actors.ContainsKey(id) ? null : $"unknown actor '{id}'";

    private string? MissingIssue(string id) => _issues.ContainsKey(id) ? null : $"unknown issue '{id}'";

    private string? MissingPeriod(string id) => _periods.Contains(id) ? null : $"unknown period '{id}'";
}
