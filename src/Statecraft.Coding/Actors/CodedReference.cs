using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Actors;

/// <summary>A CAMEO actor code valid during a period (PETRARCH <c>[USAGOV 450703-470121]</c>); null bounds are open.</summary>
internal sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly from, DateOnly to) => (From is null || From.Value <= to) && (To is null || To.Value >= from);
}

/// <summary>An actor from a PETRARCH-style dictionary: codes with validity periods and an undated fallback.</summary>
internal sealed record CodedReference(IReadOnlyList<DatedCode> Codes) : ActorReference
{
    public override string? Country => CountryOf(Codes[0].Code);

    public override ResolvedActor Resolve(PartialDate? date)
    {
        var dated = date is { } d ? Codes.FirstOrDefault(c => (c.From is not null || c.To is not null) && c.Covers(d.Start, d.End)) : null;
        var code = (dated ?? Codes.FirstOrDefault(c => c.From is null && c.To is null) ?? Codes[0]).Code;
        return new ResolvedActor(code, CountryOf(code));
    }

    /// <summary>The state of a CAMEO actor code: its first three letters when they are an ISO alpha-3 code.</summary>
    public static string? CountryOf(string code) => code.Length >= 3 && Countries.IsIso3(code[..3]) ? code[..3] : null;
}
