namespace Statecraft.Coding.Events;

/// <summary>
/// A phrase that signals an event of one CAMEO type, with an optional target slot:
/// <c>pay * visit to +</c> -> 042 (make a visit), the source being the actor before the phrase.
/// </summary>
/// <param name="Code">The CAMEO code the phrase stands for (a string: "010" is not "10").</param>
/// <param name="Text">The pattern as written, for diagnostics and output.</param>
/// <param name="Elements">The compiled elements; the first is always a word.</param>
public sealed record VerbPattern(string Code, string Text, IReadOnlyList<PatternElement> Elements)
{
    /// <summary>How many word elements the pattern has: longer patterns win overlaps.</summary>
    public int Weight => Elements.Count(e => e.Kind == PatternElementKind.Word);

    /// <summary>Whether the event is among the source's members ("Abe and Trump agreed"): no target is sought.</summary>
    public bool AmongSource { get; init; }

    /// <summary>
    /// Whether the code is PETRARCH's passive half only (<c>[:100]</c>, "X faces pressure from Y"): the clause's
    /// subject is the event's target. Read by the parity mode; the text coder does not use it.
    /// </summary>
    internal bool Reversed { get; init; }

    /// <summary>Whether the pattern names where its target is.</summary>
    public bool HasTargetSlot => Elements.Any(e => e.Kind == PatternElementKind.Target);
}
