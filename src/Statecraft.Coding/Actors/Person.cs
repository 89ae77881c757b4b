using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Actors;

/// <summary>A named person whose CAMEO code depends on the office held at the event's date.</summary>
/// <param name="Name">The first name variant, for output and diagnostics.</param>
/// <param name="Code">The state (ISO alpha-3) or organisation code the person belongs to.</param>
/// <param name="DefaultAgent">The agent used outside every listed role (<c>ELI</c> for elites), or empty.</param>
/// <param name="Roles">Offices with their terms.</param>
public sealed record Person(string Name, string Code, string DefaultAgent, IReadOnlyList<ActorRole> Roles)
{
    /// <summary>Whether <see cref="Code"/> is a state, so that agents compose with it.</summary>
    public bool IsState => Countries.IsIso3(Code);

    /// <summary>The role held at <paramref name="date"/> (any overlap with its period), or null.</summary>
    public ActorRole? RoleAt(PartialDate? date) =>
        date is { } d ? Roles.FirstOrDefault(r => r.Covers(d.Start, d.End)) : null;

    /// <summary>The CAMEO actor code at <paramref name="date"/>: state + agent of the office held then.</summary>
    public string CodeAt(PartialDate? date)
    {
        if (!IsState)
        {
            return Code;
        }

        var role = RoleAt(date);
        return Code + (role?.Agent ?? DefaultAgent);
    }
}
