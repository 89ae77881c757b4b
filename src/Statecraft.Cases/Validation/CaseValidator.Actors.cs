using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Validation;

public sealed partial class CaseValidator
{
    /// <summary>Attribute names the engine reads, with the range each must lie in (docs/case-format.md, "actors").</summary>
    private static readonly Dictionary<string, (double Min, double Max)> AttributeRanges = new(StringComparer.Ordinal)
    {
        ["ideology"] = (-1, 1),
        ["vetoPlayer"] = (0, 1),
        ["clout"] = (0, 1),
    };

    /// <summary>Attributes named after another state (<c>threatPerception:CHN</c>), each in 0..1.</summary>
    private static readonly string[] StatePrefixes = ["threatPerception:", "hostility:", "proximity:"];

    private void CheckActors()
    {
        foreach (var actor in _case.Actors)
        {
            Actor.Shape.Check(actor, this);
            if (actor.Kind == ActorKind.State && !Countries.IsIso3(actor.Id))
            {
                Error(actor, "id", $"'{actor.Id}' is not an ISO 3166-1 alpha-3 code");
            }

            if (actor.Government is not null && actor.Kind != ActorKind.State)
            {
                Error(actor, "government", $"only a state has a government; '{actor.Id}' is of kind {Yaml.CaseNames.Of(actor.Kind)}");
            }

            CheckRoles(actor);
            CheckAttributes(actor);
        }

        CheckOverlappingOffices();
    }

    private void CheckRoles(Actor actor)
    {
        foreach (var role in actor.Roles)
        {
            if (role.To is { } to && to.End < role.From.Start)
            {
                Error(role, "to", "role ends before it starts");
            }

            foreach (var suspension in role.Suspended)
            {
                var (from, to2) = (suspension.From.Start, suspension.To?.End ?? role.Span.To);
                if (from < role.Span.From || to2 > role.Span.To || to2 < from)
                {
                    Error(suspension, "from", $"the suspension {suspension.From}..{suspension.To?.ToString() ?? ""} is not inside the role's span {role.From}..{role.To?.ToString() ?? ""}");
                }
            }
        }
    }

    private void CheckAttributes(Actor actor)
    {
        foreach (var attribute in actor.Attributes)
        {
            if (AttributeRanges.TryGetValue(attribute.Name, out var range))
            {
                RequireWithin(attribute, "value", attribute.Value, range.Min, range.Max, attribute.Name);
            }
            else if (StatePrefixes.FirstOrDefault(p => attribute.Name.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
            {
                RequireState(attribute, "name", attribute.Name[prefix.Length..]);
                RequireWithin(attribute, "value", attribute.Value, 0, 1, prefix.TrimEnd(':'));
            }
        }
    }

    /// <summary>An office (title of a state or body) has one holder at a time unless both roles say <c>shared: true</c>.</summary>
    private void CheckOverlappingOffices()
    {
        var held = _case.Actors
            .SelectMany(a => a.Roles.Select(r => (Actor: a, Role: r)))
            .GroupBy(x => (x.Role.Title, x.Role.Of));
        foreach (var office in held)
        {
            var holders = office.OrderBy(x => x.Role.From).ToList();
            for (var i = 1; i < holders.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (earlier, later) = (holders[j], holders[i]);
                    if ((earlier.Role.Shared && later.Role.Shared) || ActsDuringSuspension(earlier.Role, later.Role))
                    {
                        continue;
                    }

                    var earlierEnd = earlier.Role.To?.Start ?? DateOnly.MaxValue;
                    if (later.Role.From.Start < earlierEnd)
                    {
                        Error(later.Role, null,
                            $"role '{later.Role.Title}' of {later.Role.Of} overlaps the one held by '{earlier.Actor.Id}' ({earlier.Role.Location})");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether one role is an acting holder's, inside a suspension of the other's (an acting president during an impeachment).</summary>
    private static bool ActsDuringSuspension(Role a, Role b)
    {
        var (acting, holder) = a.Acting ? (a, b) : b.Acting ? (b, a) : (null, null);
        if (acting is null || holder is null)
        {
            return false;
        }

        var from = acting.Span.From > holder.Span.From ? acting.Span.From : holder.Span.From;
        var to = acting.Span.To < holder.Span.To ? acting.Span.To : holder.Span.To;
        return holder.DaysHeld(from, to) == 0;
    }

    private void CheckTies()
    {
        foreach (var tie in _case.Ties)
        {
            Tie.Shape.Check(tie, this);
        }
    }
}
