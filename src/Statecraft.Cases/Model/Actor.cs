using Statecraft.Cases.Fields;
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
    internal static RecordShape<Actor> Shape { get; } = new RecordShape<Actor>(new() { Id = string.Empty, Kind = ActorKind.Person, Name = string.Empty })
        .Text("id", a => a.Id, (a, v) => a with { Id = v }, required: true)
        .Enum<ActorKind>("kind", a => a.Kind, (a, v) => a with { Kind = v }, required: true)
        .Text("name", a => a.Name, (a, v) => a with { Name = v }, required: true)
        .Text("state", a => a.State, (a, v) => a with { State = v }, refers: Refers.State)
        .Enum<Government>("government", a => a.Government, (a, v) => a with { Government = v })
        .Text("note", a => a.Note, (a, v) => a with { Note = v })
        .Texts("aliases", a => a.Aliases, (a, v) => a with { Aliases = v })
        .Texts("members", a => a.Members, (a, v) => a with { Members = v }, refers: Refers.Actor)
        .Texts("memberOf", a => a.MemberOf, (a, v) => a with { MemberOf = v }, refers: Refers.Actor)
        .List("roles", () => Role.Shape, a => a.Roles, (a, v) => a with { Roles = v })
        .List("attributes", () => ActorAttribute.Shape, a => a.Attributes, (a, v) => a with { Attributes = v });

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
    internal static RecordShape<Role> Shape { get; } = new RecordShape<Role>(new(string.Empty, string.Empty, default, null, false, Provenance.None)).InFlow()
        .Text("title", r => r.Title, (r, v) => r with { Title = v }, required: true)
        .Text("of", r => r.Of, (r, v) => r with { Of = v }, required: true, refers: Refers.Actor)
        .Date("from", r => r.From, (r, v) => r with { From = v }, required: true)
        .Date("to", r => r.To, (r, v) => r with { To = v })
        .Flag("shared", r => r.Shared, (r, v) => r with { Shared = v })
        .Flag("acting", r => r.Acting, (r, v) => r with { Acting = v })
        .List("suspended", () => Suspension.Shape, r => r.Suspended, (r, v) => r with { Suspended = v })
        .WithSource(r => r.Provenance, (r, p) => r with { Provenance = p });

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
public sealed record Suspension(PartialDate From, PartialDate? To) : Located
{
    internal static RecordShape<Suspension> Shape { get; } = new RecordShape<Suspension>(new(default, null)).InFlow()
        .Date("from", s => s.From, (s, v) => s with { From = v }, required: true)
        .Date("to", s => s.To, (s, v) => s with { To = v });
}

/// <summary>A number describing an actor for the intervening variables (ideology, threat perception, veto power).</summary>
public sealed record ActorAttribute(string Name, double Value, Provenance Provenance) : Located
{
    internal static RecordShape<ActorAttribute> Shape { get; } = new RecordShape<ActorAttribute>(new(string.Empty, 0, Provenance.None)).InFlow()
        .Text("name", a => a.Name, (a, v) => a with { Name = v }, required: true)
        .Number("value", a => a.Value, (a, v) => a with { Value = v }, required: true)
        .WithSource(a => a.Provenance, (a, p) => a with { Provenance = p });
}

/// <summary>How two actors are linked: a personal relationship or a channel of access.</summary>
public enum TieKind
{
    Personal,
    Channel,
}

/// <summary>A tie between two actors, with affinity from -1 (hostile) to 1 (close): from one to the other, or both ways when <see cref="Undirected"/>.</summary>
public sealed record Tie(string From, string To, double Affinity, TieKind Kind, string? Period, Provenance Provenance) : Located
{
    /// <summary>A tie without <c>kind</c> is personal.</summary>
    internal static RecordShape<Tie> Shape { get; } = new RecordShape<Tie>(new(string.Empty, string.Empty, 0, TieKind.Personal, null, Provenance.None)).InFlow()
        .Text("from", t => t.From, (t, v) => t with { From = v }, required: true, refers: Refers.Actor)
        .Text("to", t => t.To, (t, v) => t with { To = v }, required: true, refers: Refers.Actor)
        .Number("affinity", t => t.Affinity, (t, v) => t with { Affinity = v }, required: true, within: (-1, 1))
        .Enum<TieKind>("kind", t => t.Kind, (t, v) => t with { Kind = v })
        .Text("period", t => t.Period, (t, v) => t with { Period = v }, refers: Refers.Period)
        .Flag("undirected", t => t.Undirected, (t, v) => t with { Undirected = v })
        .WithSource(t => t.Provenance, (t, p) => t with { Provenance = p })
        .JsonId(t => $"{t.From}->{t.To}");

    /// <summary>Whether the tie holds both ways (a friendship), rather than from <see cref="From"/> to <see cref="To"/> only.</summary>
    public bool Undirected { get; init; }
}
