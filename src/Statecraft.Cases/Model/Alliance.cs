using Statecraft.Cases.Fields;

namespace Statecraft.Cases.Model;

/// <summary>What binds a state to another in the alliance evidence of a case (docs/case-format.md, "alliances").</summary>
public enum AllianceKind
{
    /// <summary>A treaty with the pledges ATOP codes (a defence pact, a consultation pact, ...).</summary>
    Treaty,

    /// <summary>The state hosts the other's armed forces on its territory.</summary>
    Forces,
}

/// <summary>The obligations of an alliance treaty, in the Alliance Treaty Obligations and Provisions (ATOP) coding.</summary>
public enum Pledge
{
    Defense,
    Offense,
    Neutrality,
    Nonaggression,
    Consultation,
}

/// <summary>
/// One piece of alliance evidence between the case's states in years <see cref="From"/> to <see cref="To"/>
/// (open: still in force at the end of the record): Japan's treaty with the United States, or US forces hosted in Japan.
/// Pledges in either direction count (ATOP codes a pledge from the state that gives it).
/// </summary>
public sealed record Alliance(string State, string With, AllianceKind Kind, IReadOnlyList<Pledge> Pledges, int From, int? To, Provenance Provenance) : Located
{
    internal static RecordShape<Alliance> Shape { get; } = new RecordShape<Alliance>(new(string.Empty, string.Empty, default, [], 0, null, Provenance.None)).InFlow()
        .Text("state", a => a.State, (a, v) => a with { State = v }, required: true, refers: Refers.State)
        .Text("with", a => a.With, (a, v) => a with { With = v }, required: true, refers: Refers.State)
        .Enum<AllianceKind>("kind", a => a.Kind, (a, v) => a with { Kind = v }, required: true)
        .Enums("pledges", a => a.Pledges, (a, v) => a with { Pledges = v })
        .Integer("from", a => a.From, (a, v) => a with { From = v }, required: true)
        .Integer("to", a => a.To, (a, v) => a with { To = v })
        .WithSource(a => a.Provenance, (a, p) => a with { Provenance = p });

    /// <summary>Whether the evidence is in force in some year from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool InForce(int from, int to) => From <= to && (To ?? int.MaxValue) >= from;

    /// <summary>Whether this is a treaty that obliges one side to fight beside the other (defence or offence).</summary>
    public bool IsMilitaryPact => Kind == AllianceKind.Treaty && Pledges.Any(p => p is Pledge.Defense or Pledge.Offense);

    /// <summary>Whether this links the two states, in either order.</summary>
    public bool Links(string a, string b) => (State == a && With == b) || (State == b && With == a);
}
