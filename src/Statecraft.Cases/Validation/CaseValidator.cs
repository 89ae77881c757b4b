using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Fields;
using Statecraft.Cases.Model;

namespace Statecraft.Cases.Validation;

/// <summary>
/// Checks what a case means: every reference resolves, every value lies on its scale, offices do not overlap,
/// dated entries fall inside the roles they name, and every fact has a source or a judgement (docs/case-format.md).
/// </summary>
/// <remarks>
/// What a field's declaration says (what it refers to, its range, whether its record needs a source) is checked from the
/// record's shape (<see cref="RecordShape{T}.Check"/>); the partials add the rules that read several fields or records.
/// </remarks>
public sealed partial class CaseValidator : IFieldChecker
{
    private static readonly string[] RequiredPeriods = ["before", "after"];
    private readonly Case _case;
    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Issue> _issues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _periods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _entries = new(StringComparer.Ordinal);

    private CaseValidator(Case @case) => _case = @case;

    /// <summary>Every problem in <paramref name="case"/>, in the order the sections are written; empty when it is valid.</summary>
    public static IReadOnlyList<InputError> Validate(Case @case)
    {
        var validator = new CaseValidator(@case);
        validator.Run();
        return validator._errors;
    }

    private void Run()
    {
        IndexIds();
        CheckHeader();
        CheckActors();
        CheckTies();
        CheckIssues();
        CheckEntries(_case.Stimuli);
        CheckEntries(_case.Events);
        CheckStructural();
        CheckAlliances();
        CheckFacts();
        CheckObserved();
        CheckScenarios();
    }

    private void IndexIds()
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        void Claim(Located record, string id, string space)
        {
            if (!seen.TryAdd(space + "\u0000" + id, record.At("id")))
            {
                Error(record, "id", $"duplicate id '{id}' (first defined at {seen[space + "\u0000" + id]})");
            }
        }

        foreach (var p in _case.Periods)
        {
            Claim(p, p.Id, "period");
            _periods.Add(p.Id);
        }

        foreach (var s in _case.Sources)
        {
            Claim(s, s.Id, "source");
            _sources.Add(s.Id);
        }

        foreach (var a in _case.Actors)
        {
            Claim(a, a.Id, "actor");
            _actors.TryAdd(a.Id, a);
        }

        foreach (var i in _case.Issues)
        {
            Claim(i, i.Id, "issue");
            _issues.TryAdd(i.Id, i);
        }

        foreach (var e in _case.Stimuli.Concat(_case.Events))
        {
            Claim(e, e.Id, "entry");
            _entries.Add(e.Id);
        }

        foreach (var f in _case.Facts)
        {
            Claim(f, f.Id, "fact");
        }

        foreach (var s in _case.Scenarios)
        {
            Claim(s, s.Id, "scenario");
        }
    }

    private void CheckHeader()
    {
        if (!IsSlug(_case.Id))
        {
            Error(_case, "id", $"case id '{_case.Id}' may hold only lower-case letters, digits and '-'");
        }

        RequireSide(_case, "focal", _case.Focal);
        RequireSide(_case, "partner", _case.Partner);
        if (!_case.Stimuli.Any(s => s.Id == _case.Shock))
        {
            Error(_case, "shock", $"unknown stimulus '{_case.Shock}'");
        }

        foreach (var required in RequiredPeriods.Where(p => !_periods.Contains(p)))
        {
            Error(_case, "periods", $"a period '{required}' is required");
        }

        foreach (var period in _case.Periods.Where(p => p.To < p.From))
        {
            Error(period, "to", "period ends before it starts");
        }
    }

    /// <summary>The focal side and the partner are states, or unions and organisations whose <c>members</c> are on their side.</summary>
    private void RequireSide(Located record, string field, string id)
    {
        if (!_actors.TryGetValue(id, out var actor))
        {
            Error(record, field, $"unknown actor '{id}'");
        }
        else if (actor.Kind == ActorKind.Organisation && actor.Members.Count == 0)
        {
            Error(record, field, $"'{id}' is an organisation without members; list its member states in 'members' to put them on its side");
        }
        else if (actor.Kind is not (ActorKind.State or ActorKind.Organisation))
        {
            Error(record, field, $"'{id}' is neither a state nor an organisation");
        }
    }

    private void RequireState(Located record, string field, string id)
    {
        if (!_actors.TryGetValue(id, out var actor))
        {
            Error(record, field, $"unknown actor '{id}'");
        }
        else if (actor.Kind != ActorKind.State)
        {
            Error(record, field, $"'{id}' is not a state actor");
        }
    }

    private void RequireActor(Located record, string field, string? id)
    {
        if (id is not null && !_actors.ContainsKey(id))
        {
            Error(record, field, $"unknown actor '{id}'");
        }
    }

    private void RequireIssue(Located record, string field, string? id)
    {
        if (id is not null && !_issues.ContainsKey(id))
        {
            Error(record, field, $"unknown issue '{id}'");
        }
    }

    private void RequirePeriod(Located record, string field, string? id)
    {
        if (id is not null && !_periods.Contains(id))
        {
            Error(record, field, $"unknown period '{id}'");
        }
    }

    private void RequireProvenance(Located record, Provenance provenance)
    {
        if (!provenance.IsGiven)
        {
            Error(record, null, "needs 'source:' or 'judgement:'");
        }
        else if (provenance.Source is { } source && !_sources.Contains(source))
        {
            Error(record, "source", $"unknown source '{source}'");
        }
    }

    private void RequireWithin(Located record, string field, double value, double min, double max, string what)
    {
        if (value < min || value > max)
        {
            Error(record, field, $"{what} {Format(value)} is outside {Format(min)}..{Format(max)}");
        }
    }

    void IFieldChecker.RequireReference(Located record, string field, Refers refers, string id)
    {
        switch (refers)
        {
            case Refers.Actor:
                RequireActor(record, field, id);
                break;
            case Refers.State:
                RequireState(record, field, id);
                break;
            case Refers.Issue:
                RequireIssue(record, field, id);
                break;
            case Refers.Period:
                RequirePeriod(record, field, id);
                break;
            case Refers.Entry when !_entries.Contains(id):
                Error(record, field, $"unknown stimulus or event '{id}'");
                break;
        }
    }

    void IFieldChecker.RequireWithin(Located record, string field, double value, double min, double max) =>
        RequireWithin(record, field, value, min, max, field);

    void IFieldChecker.RequireProvenance(Located record, Provenance provenance) => RequireProvenance(record, provenance);

    /// <summary>Records an error at <paramref name="field"/> of <paramref name="record"/>, or at the record itself when null.</summary>
    private void Error(Located record, string? field, string message)
    {
        var at = field is null ? record.Location : record.At(field);
        var path = field is null ? record.Path : record.PathOf(field);
        _errors.Add(new InputError(at.File, at.Line, at.Column, path, message));
    }

    internal static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static bool IsSlug(string id) => id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
