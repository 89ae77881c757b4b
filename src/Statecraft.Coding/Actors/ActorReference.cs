using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Actors;

/// <summary>A CAMEO actor code with the state it belongs to (null for organisations).</summary>
public readonly record struct ResolvedActor(string Code, string? Country);

/// <summary>What an actor mention denotes, before the event's date is known.</summary>
public abstract record ActorReference
{
    /// <summary>The code at <paramref name="date"/> (people change office; states and organisations do not).</summary>
    public abstract ResolvedActor Resolve(PartialDate? date);

    /// <summary>The state, where it is known without a date.</summary>
    public abstract string? Country { get; }
}

/// <summary>A state, optionally with a CAMEO agent (<c>JPN</c> + <c>GOV</c> -> <c>JPNGOV</c>).</summary>
internal sealed record StateReference(string Iso3, string Agent) : ActorReference
{
    public override string? Country => Iso3;

    public override ResolvedActor Resolve(PartialDate? date) => new(Iso3 + Agent, Iso3);
}

/// <summary>An international organisation or another actor that belongs to no state.</summary>
internal sealed record OrganizationReference(string Code) : ActorReference
{
    public override string? Country => null;

    public override ResolvedActor Resolve(PartialDate? date) => new(Code, null);
}

/// <summary>A person, possibly one of several who share a name; the office held at the date picks one.</summary>
internal sealed record PersonReference(IReadOnlyList<Person> Candidates) : ActorReference
{
    public override string? Country => Candidates[0].IsState ? Candidates[0].Code : null;

    /// <summary>
    /// The agent of the title the text puts before the name ("Prime Minister Abe": <c>GOV</c>), or null. It codes
    /// the person only where no date is known (rule A3): a date is the better witness of the office held.
    /// </summary>
    public string? TitleAgent { get; init; }

    /// <summary>The candidate holding an office at the date, else the first listed.</summary>
    public Person PersonAt(PartialDate? date) => Candidates.FirstOrDefault(p => p.RoleAt(date) is not null) ?? Candidates[0];

    public override ResolvedActor Resolve(PartialDate? date)
    {
        if (date is null && TitleAgent is { } title)
        {
            var titled = Candidates.FirstOrDefault(p => p.IsState && p.Roles.Any(r => r.Agent == title)) ?? Candidates[0];
            return new ResolvedActor(titled.IsState ? titled.Code + title : titled.Code, titled.IsState ? titled.Code : null);
        }

        var person = PersonAt(date);
        return new ResolvedActor(person.CodeAt(date), person.IsState ? person.Code : null);
    }
}
