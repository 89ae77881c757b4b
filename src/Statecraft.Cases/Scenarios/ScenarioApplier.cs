using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;

namespace Statecraft.Cases.Scenarios;

/// <summary>Applies a case's named counterfactual edits, giving the case as it would be in that scenario.</summary>
/// <remarks>Edits apply in order; the validator has already checked that each names something that exists.</remarks>
public static class ScenarioApplier
{
    /// <summary>The case with scenario <paramref name="scenarioId"/> applied; throws <see cref="InvalidInputException"/> for an unknown name.</summary>
    public static Case Apply(Case c, string scenarioId)
    {
        var scenario = c.FindScenario(scenarioId) ?? throw new InvalidInputException(new InputError(
            c.Location.File, 0, 0, "scenarios",
            $"no scenario '{scenarioId}' in case '{c.Id}' (it has: {string.Join(", ", c.Scenarios.Select(s => s.Id))})"));
        return Apply(c, scenario);
    }

    public static Case Apply(Case c, Scenario scenario) => scenario.Edits.Aggregate(c, ApplyEdit);

    public static Case ApplyEdit(Case c, ScenarioEdit edit) => edit switch
    {
        SetPosition e => MapPositions(c, e.Issue, p => p.Actor == e.Actor && p.Period == e.Period
            ? p with { Value = e.Position ?? p.Value, Salience = e.Salience ?? p.Salience, Capability = e.Capability ?? p.Capability }
            : p),
        RemovePosition e => WithPositions(c, e.Issue, i => i.Positions.Where(p => !(p.Actor == e.Actor && p.Period == e.Period)).ToList()),
        CopyPositions e => Copy(c, e),
        SetTie e => c with { Ties = SetTie(c.Ties, e) },
        SetAttribute e => c with { Actors = c.Actors.Select(a => a.Id == e.Actor ? SetAttribute(a, e) : a).ToList() },
        RemoveStimulus e => c with { Stimuli = c.Stimuli.Where(s => s.Id != e.Stimulus).ToList() },
        _ => throw new ArgumentOutOfRangeException(nameof(edit), edit.Verb, "unknown scenario edit"),
    };

    private static Case Copy(Case c, CopyPositions e) => c with
    {
        Issues = c.Issues.Select(issue =>
        {
            if ((e.Issues.Count > 0 && !e.Issues.Contains(issue.Id)) || issue.PositionOf(e.FromActor, e.FromPeriod) is not { } source)
            {
                return issue;
            }

            var copied = source with { Actor = e.ToActor, Period = e.ToPeriod };
            var kept = issue.Positions.Where(p => !(p.Actor == e.ToActor && p.Period == e.ToPeriod));
            return issue with { Positions = [.. kept, copied] };
        }).ToList(),
    };

    private static List<Tie> SetTie(IReadOnlyList<Tie> ties, SetTie e)
    {
        var result = ties.Where(t => !(t.From == e.From && t.To == e.To)).ToList();
        var existing = ties.Where(t => t.From == e.From && t.To == e.To).ToList();
        if (existing.Count == 0)
        {
            result.Add(new Tie(e.From, e.To, e.Affinity, e.Kind ?? TieKind.Personal, null, new Provenance(null, "Set by a scenario edit.")));
        }
        else
        {
            // Every period's tie between the two takes the scenario's affinity.
            result.AddRange(existing.Select(t => t with { Affinity = e.Affinity, Kind = e.Kind ?? t.Kind }));
        }

        return result;
    }

    private static Actor SetAttribute(Actor a, SetAttribute e)
    {
        var kept = a.Attributes.Where(t => t.Name != e.Name);
        return a with { Attributes = [.. kept, new ActorAttribute(e.Name, e.Value, new Provenance(null, "Set by a scenario edit."))] };
    }

    private static Case MapPositions(Case c, string issueId, Func<Position, Position> map) =>
        WithPositions(c, issueId, i => i.Positions.Select(map).ToList());

    private static Case WithPositions(Case c, string issueId, Func<Issue, IReadOnlyList<Position>> positions) =>
        c with { Issues = c.Issues.Select(i => i.Id == issueId ? i with { Positions = positions(i) } : i).ToList() };
}
