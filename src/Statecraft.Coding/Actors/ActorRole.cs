namespace Statecraft.Coding.Actors;

/// <summary>An office a person held, which decides their CAMEO agent during its term.</summary>
/// <param name="Agent">The CAMEO agent code of the office (<c>GOV</c>, <c>LEG</c>, <c>MIL</c>, <c>IGO</c>).</param>
/// <param name="From">The first day in office.</param>
/// <param name="To">The last day in office, or null while still in office.</param>
/// <param name="Title">The office, for people reading the dictionary and the output.</param>
public sealed record ActorRole(string Agent, DateOnly From, DateOnly? To, string Title)
{
    /// <summary>Whether the term overlaps the period <paramref name="from"/>..<paramref name="to"/>.</summary>
    public bool Covers(DateOnly from, DateOnly to) => From <= to && (To is null || To.Value >= from);
}
