using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis;

/// <summary>
/// A case as the engine reads it: periods in order and split at the shock, each state's executive per period,
/// and positions per period with the inheritance rule of docs/model.md (Eq. A1).
/// </summary>
public sealed class CaseView
{
    private readonly Dictionary<string, Actor> _actors;

    public CaseView(Case c, AnalysisOptions options)
    {
        Case = c;
        _actors = c.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var shock = c.FindStimulus(c.Shock)?.Date.Start
            ?? throw Problem(c, "shock", $"the shock stimulus '{c.Shock}' is not in the case (a scenario may have removed it)");
        var ordered = c.Periods.OrderBy(p => p.From).ToList();
        Before = ordered.LastOrDefault(p => p.To <= shock) ?? c.FindPeriod("before") ?? ordered[0];
        PostShock = ordered.Where(p => p.From > shock || p.Contains(shock.AddDays(1))).Where(p => p != Before).ToList();
        if (PostShock.Count == 0)
        {
            throw Problem(c, "periods", "the case has no period after the shock");
        }

        var executives = new Dictionary<(string, string), string?>();
        foreach (var state in new[] { c.Focal, c.Partner })
        {
            foreach (var period in ordered)
            {
                executives[(state, period.Id)] = ExecutiveOf(state, period, options);
            }
        }

        Executives = executives;
    }

    public Case Case { get; }

    private static InvalidInputException Problem(Case c, string field, string message) =>
        new(new InputError(c.At(field).File, c.At(field).Line, c.At(field).Column, field, message));

    /// <summary>The last period that ends by the shock: the reference for "before".</summary>
    public Period Before { get; }

    /// <summary>The periods after the shock, in order: the first is "after", later ones are phases.</summary>
    public IReadOnlyList<Period> PostShock { get; }

    /// <summary>The executive (actor id) of the focal and partner states per period, or null when none held office.</summary>
    public IReadOnlyDictionary<(string State, string Period), string?> Executives { get; }

    public Actor? Actor(string id) => _actors.GetValueOrDefault(id);

    /// <summary>The state an actor belongs to (itself for a state), or null for organisations without one.</summary>
    public string? CountryOf(string actorId) => Actor(actorId)?.Country;

    /// <summary>Whether the actor is neither on the focal nor on the partner side.</summary>
    public bool IsThirdParty(string actorId) => !OnFocalSide(actorId) && !OnPartnerSide(actorId);

    /// <summary>Whether the actor is the focal state or union, one of its own, or (for a union) a member state or one of a member's.</summary>
    internal bool OnFocalSide(string actorId) => OnSide(Case.Focal, actorId);

    /// <summary>Whether the actor is the partner, one of its own, or (for a union or organisation) a member or one of a member's.</summary>
    internal bool OnPartnerSide(string actorId) => OnSide(Case.Partner, actorId);

    private bool OnSide(string side, string actorId)
    {
        if (actorId == side || CountryOf(actorId) == side || Actor(actorId)?.MemberOf.Contains(side) == true)
        {
            return true;
        }

        return Actor(side) is { Kind: ActorKind.Organisation } union
            && (union.Members.Contains(actorId) || (CountryOf(actorId) is { } country && union.Members.Contains(country)));
    }

    /// <summary>
    /// The ties holding in <paramref name="period"/> from the focal side to the partner side, each with the ends in that
    /// direction: an undirected tie counts whichever way round it was written.
    /// </summary>
    internal IEnumerable<(Tie Tie, string From, string To)> TiesFromFocalToPartner(Period period) =>
        Case.Ties.Where(t => t.Period is null || t.Period == period.Id).SelectMany(t =>
            OnFocalSide(t.From) && OnPartnerSide(t.To) ? [(t, t.From, t.To)]
            : t.Undirected && OnFocalSide(t.To) && OnPartnerSide(t.From) ? [(t, t.To, t.From)]
            : Array.Empty<(Tie, string, string)>());

    /// <summary>The period before <paramref name="period"/> in the analysis order (before, post-shock...).</summary>
    public Period Previous(Period period)
    {
        var index = PostShockIndex(period);
        return index <= 0 ? Before : PostShock[index - 1];
    }

    public int PostShockIndex(Period period) => PostShock.ToList().FindIndex(p => p.Id == period.Id);

    /// <summary>
    /// The positions that hold on <paramref name="issue"/> in <paramref name="period"/> (Eq. A1): those given for the period,
    /// plus, for a post-shock period other than the first, the earlier post-shock positions of actors it does not list.
    /// </summary>
    public IReadOnlyList<Position> PositionsIn(Issue issue, Period period)
    {
        var given = issue.PositionsIn(period.Id).ToList();
        var index = PostShockIndex(period);
        if (index <= 0)
        {
            return given;
        }

        var inherited = PositionsIn(issue, PostShock[index - 1]).Where(p => given.All(g => g.Actor != p.Actor) && !OutOfOffice(p.Actor, period));
        return [.. inherited.Select(p => p with { Period = period.Id }), .. given];
    }

    /// <summary>
    /// Eq. A1b: a person whose every office ended before the period began no longer bargains in it: a position given by an
    /// office ends with the office. People without dated roles (lobby leaders, experts) keep inheriting.
    /// </summary>
    private bool OutOfOffice(string actorId, Period period) =>
        Actor(actorId) is { Kind: ActorKind.Person, Roles.Count: > 0 } person && person.Roles.All(r => r.To is { } to && to.End < period.From);

    /// <summary>The position of a state's executive (or of the state actor itself) on an issue in a period.</summary>
    public Position? StatePosition(string state, Issue issue, Period period)
    {
        var positions = PositionsIn(issue, period);
        var executive = Executives.GetValueOrDefault((state, period.Id));
        return positions.FirstOrDefault(p => p.Actor == executive) ?? positions.FirstOrDefault(p => p.Actor == state);
    }

    /// <summary>
    /// Eq. A0: the state's executive in a period. With a <c>government</c>, the highest-ranked of its executive offices
    /// that anyone held in the period decides, and among that office's holders the one with most days (A0a); without,
    /// the holder of any executive title with most days, ties broken by the titles' order (A0b). Days count only while
    /// the powers are held: an acting holder counts, a suspended one does not. A last tie goes to the role that began
    /// later (the holder at the period's end), never to a name.
    /// </summary>
    private string? ExecutiveOf(string state, Period period, AnalysisOptions options)
    {
        var government = Actor(state)?.Government;
        var titles = government is { } g && options.ExecutiveOffices.TryGetValue(g, out var offices) ? offices : options.ExecutiveTitles;
        var held = Case.Actors
            .SelectMany(a => a.Roles.Where(r => r.Of == state && titles.Contains(r.Title)).Select(r => (Actor: a, Role: r, Rank: IndexOf(titles, r.Title), Days: r.DaysHeld(period.From, period.To))))
            .Where(x => x.Days > 0)
            .ToList();
        var ordered = government is null
            ? held.OrderByDescending(x => x.Days).ThenBy(x => x.Rank)
            : held.OrderBy(x => x.Rank).ThenByDescending(x => x.Days);
        return ordered.ThenByDescending(x => x.Role.From.Start).Select(x => x.Actor.Id).FirstOrDefault();
    }

    private static int IndexOf(IReadOnlyList<string> titles, string title)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i] == title)
            {
                return i;
            }
        }

        return titles.Count;
    }
}
