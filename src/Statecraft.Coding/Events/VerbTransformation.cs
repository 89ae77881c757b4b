using Statecraft.Coding.Ontology;

namespace Statecraft.Coding.Events;

/// <summary>
/// A rule of a PETRARCH verb dictionary's TRANSFORMATIONS section, <c>~ a (a b ATTACK) SAY = a b 015</c>: when a clause
/// whose verb is <see cref="OuterVerb"/> (source <see cref="OuterSource"/>) reports or governs a clause whose verb is
/// <see cref="InnerVerb"/> with source <see cref="InnerSource"/> and target <see cref="InnerTarget"/>, the two are one
/// event, <see cref="ResultSource"/> to <see cref="ResultTarget"/> with <see cref="ResultCode"/> ("X said it attacked Y"
/// is X claiming responsibility towards Y, 015). Only the parity mode reads them (docs/coding-rules.md §9, T11).
/// </summary>
/// <remarks>
/// A role is a variable (a letter), <c>_</c> (the inner clause has no subject of its own: "wants [to attack Y]") or
/// <c>.</c> (anything, or nothing). A verb is a dictionary word; an inner verb that is also the result code ("Q") stands
/// for any verb and passes the inner event's code through.
/// </remarks>
internal sealed record VerbTransformation(
    string OuterSource, string InnerSource, string InnerTarget, string InnerVerb, string OuterVerb, string ResultSource, string ResultTarget, string ResultCode)
{
    /// <summary>The role of an inner clause without a subject of its own.</summary>
    public const string None = "_";

    /// <summary>The role that matches any actor or none.</summary>
    public const string Any = ".";

    /// <summary>Whether the inner verb is a variable standing for any verb, its code carried to the result.</summary>
    public bool AnyInnerVerb => InnerVerb == ResultCode;

    /// <summary>Reads <c>~ a (a b VERB) VERB = a b CODE</c>; null when the line has another shape or an unknown code.</summary>
    public static VerbTransformation? TryParse(string line)
    {
        var tokens = line.TrimStart('~').Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens is not [var outerSource, "(", var innerSource, var innerTarget, var innerVerb, ")", var outerVerb, "=", var resultSource, var resultTarget, var code])
        {
            return null;
        }

        var rule = new VerbTransformation(outerSource, innerSource, innerTarget, innerVerb.ToLowerInvariant(), outerVerb.ToLowerInvariant(),
            resultSource, resultTarget, code == innerVerb ? innerVerb.ToLowerInvariant() : code);
        return rule.AnyInnerVerb || CameoOntology.IsCode(code) ? rule : null;
    }
}
