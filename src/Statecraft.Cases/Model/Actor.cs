using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Model;

/// <summary>What kind of actor an actor is; states are identified by ISO 3166-1 alpha-3 codes.</summary>
public enum ActorKind
{
    State,
    Person,
    Agency,
    Party,
    Legislature,
    Subnational,
    Group,
    Public,
    Organisation,
}

/// <summary>
/// How a state is governed, which decides which office bargains for it (docs/model.md, Eq. A0). A constitutional
/// monarchy is <see cref="Parliamentary"/>; <see cref="Monarchy"/> is a monarchy whose monarch governs.
/// </summary>
public enum Government
{
    Presidential,
    Parliamentary,
    SemiPresidential,
    Monarchy,
    OneParty,
    Theocracy,
}

/// <summary>Anyone whose positions or acts a case records: a state, a leader, an agency, a lobby, an organisation.</summary>
public sealed record Actor : Located
{
    public required string Id { get; init; }

    public required ActorKind Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>The state the actor belongs to (ISO alpha-3 actor id), or null.</summary>
    public string? State { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Members { get; init; } = [];

    public IReadOnlyList<string> MemberOf { get; init; } = [];

    public IReadOnlyList<Role> Roles { get; init; } = [];

    public IReadOnlyList<ActorAttribute> Attributes { get; init; } = [];

    /// <summary>Free text: what the analyst wants a reader of the case to know about the actor (format version 2).</summary>
    public string? Note { get; init; }

    /// <summary>How a state is governed (states only); null leaves the executive to the default rule of Eq. A0.</summary>
    public Government? Government { get; init; }

    /// <summary>The state this actor speaks for: itself for a state, else its <see cref="State"/>.</summary>
    public string? Country => Kind == ActorKind.State ? Id : State;

    /// <summary>The value of a named attribute, or null when the case does not give it.</summary>
    public double? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;

    /// <summary>Whether the actor held an office with <paramref name="title"/> at some time within <paramref name="date"/>.</summary>
    public bool HeldRoleAt(string title, PartialDate date) =>
        Roles.Any(r => r.Title == title && date.Overlaps(r.From.Start, r.To?.End ?? DateOnly.MaxValue));
}

/// <summary>
/// A dated office: Abe as prime minister of JPN from 2012-12-26 to 2020-09-16. An <see cref="Acting"/> holder stands in
/// for the office's holder; <see cref="Suspended"/> spans are days the holder keeps the title without its powers (an
/// impeached president awaiting the verdict).
/// </summary>
public sealed record Role(string Title, string Of, PartialDate From, PartialDate? To, bool Shared, Provenance Provenance) : Located
{
    public bool Acting { get; init; }

    public IReadOnlyList<Suspension> Suspended { get; init; } = [];

    /// <summary>The first and last day the role is held, open roles ending at <see cref="DateOnly.MaxValue"/>.</summary>
    public (DateOnly From, DateOnly To) Span => (From.Start, To?.End ?? DateOnly.MaxValue);

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> on which the role is held with its powers.</summary>
    public int DaysHeld(DateOnly from, DateOnly to)
    {
        var days = Days(Span.From, Span.To, from, to);
        return days - Suspended.Sum(s => Days(s.From.Start, s.To?.End ?? Span.To, from < Span.From ? Span.From : from, to > Span.To ? Span.To : to));
    }

    private static int Days(DateOnly a, DateOnly b, DateOnly from, DateOnly to)
    {
        var start = a > from ? a : from;
        var end = b < to ? b : to;
        return end < start ? 0 : end.DayNumber - start.DayNumber + 1;
    }
}

/// <summary>A span in which a role's holder is suspended from its powers; no <c>to</c> means until the role ends.</summary>
public sealed record Suspension(PartialDate From, PartialDate? To) : Located;

/// <summary>A number describing an actor for the intervening variables (ideology, threat perception, veto power).</summary>
public sealed record ActorAttribute(string Name, double Value, Provenance Provenance) : Located;

/// <summary>How two actors are linked: a personal relationship or a channel of access.</summary>
public enum TieKind
{
    Personal,
    Channel,
}

/// <summary>A tie between two actors, with affinity from -1 (hostile) to 1 (close): from one to the other, or both ways when <see cref="Undirected"/>.</summary>
public sealed record Tie(string From, string To, double Affinity, TieKind Kind, string? Period, Provenance Provenance) : Located
{
    /// <summary>Whether the tie holds both ways (a friendship), rather than from <see cref="From"/> to <see cref="To"/> only.</summary>
    public bool Undirected { get; init; }
}
