using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Validation;

public sealed partial class CaseValidator
{
    private void CheckEntries(IReadOnlyList<DatedEntry> entries)
    {
        foreach (var entry in entries)
        {
            DatedEntry.Shape.Check(entry, this);
            if (entry.Cameo is { } cameo && (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit)))
            {
                Error(entry, "cameo", $"'{cameo}' is not a CAMEO code (2 to 4 digits, written as a string)");
            }

            CheckEntryRole(entry);
        }
    }

    /// <summary>An entry that names the office its actor acted in must fall inside a term of that office.</summary>
    private void CheckEntryRole(DatedEntry entry)
    {
        if (entry.Role is not { } title)
        {
            return;
        }

        foreach (var id in entry.Actors)
        {
            if (!_actors.TryGetValue(id, out var actor))
            {
                continue;
            }

            if (actor.Roles.All(r => r.Title != title))
            {
                Error(entry, "role", $"'{id}' has no role '{title}'");
            }
            else if (!actor.HeldRoleAt(title, entry.Date))
            {
                Error(entry, "date", $"date {entry.Date} is outside {id}'s role '{title}'");
            }
        }
    }

    private void CheckStructural()
    {
        var seen = new HashSet<(string, int, Indicator)>();
        foreach (var figure in _case.Structural)
        {
            StructuralFigure.Shape.Check(figure, this);
            if (!Countries.IsIso3(figure.State))
            {
                Error(figure, "state", $"'{figure.State}' is not an ISO 3166-1 alpha-3 code");
            }

            if (figure.Value < 0)
            {
                Error(figure, "value", $"value {Format(figure.Value)} is negative");
            }

            if (!seen.Add((figure.State, figure.Year, figure.Indicator)))
            {
                Error(figure, null, $"{figure.State} already has a {Yaml.CaseNames.Of(figure.Indicator)} figure for {figure.Year}");
            }
        }

        foreach (var reference in _case.StructuralReferences)
        {
            if (!Countries.IsIso3(reference.State))
            {
                Error(reference, "state", $"'{reference.State}' is not an ISO 3166-1 alpha-3 code");
            }

            RequireProvenance(reference, reference.Provenance);
        }
    }

    private void CheckAlliances()
    {
        foreach (var alliance in _case.Alliances)
        {
            Alliance.Shape.Check(alliance, this);
            if (alliance.State == alliance.With)
            {
                Error(alliance, "with", $"'{alliance.With}' cannot be allied with itself");
            }

            if (alliance.To is { } to && to < alliance.From)
            {
                Error(alliance, "to", $"to {to} is before from {alliance.From}");
            }

            if (alliance.Kind == AllianceKind.Treaty && alliance.Pledges.Count == 0)
            {
                Error(alliance, "pledges", "a treaty needs at least one pledge (defense, offense, neutrality, nonaggression, consultation)");
            }

            if (alliance.Kind == AllianceKind.Forces && alliance.Pledges.Count > 0)
            {
                Error(alliance, "pledges", "pledges belong to a treaty, not to forces hosted");
            }
        }
    }

    private void CheckFacts()
    {
        foreach (var fact in _case.Facts)
        {
            Fact.Shape.Check(fact, this);
        }
    }

    private void CheckObserved()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var observation in _case.Observed)
        {
            Observation.Shape.Check(observation, this);
            if (!seen.Add(observation.Issue))
            {
                Error(observation, "issue", $"issue '{observation.Issue}' is already observed");
            }

            if (observation.Outcome is { } outcome && _issues.TryGetValue(observation.Issue, out var issue))
            {
                RequireOnScale(observation, "outcome", outcome, issue, "outcome");
            }

            foreach (var phase in observation.Phases.Where(p => p.To is { } to && to.End < p.From.Start))
            {
                Error(phase, "to", "phase ends before it starts");
            }
        }

        if (_case.BasicVector is { } vector)
        {
            ObservedVector.Shape.Check(vector, this);
        }
    }
}
