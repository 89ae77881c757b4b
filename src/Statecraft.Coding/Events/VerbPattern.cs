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

    /// <summary>Which coding mode reads the pattern: a PETRARCH verb block is read one way for each (docs/coding-rules.md §9, T13).</summary>
    internal PatternScope Scope { get; init; }

    /// <summary>Whether the pattern names where its target is.</summary>
    public bool HasTargetSlot => Elements.Any(e => e.Kind == PatternElementKind.Target);
}

/// <summary>The coding modes that read a pattern.</summary>
internal enum PatternScope
{
    /// <summary>Both the text coder and the parity mode.</summary>
    All,

    /// <summary>The text coder only: a PETRARCH block's code for its verbs, given only where the block has no patterns.</summary>
    Text,

    /// <summary>The parity mode only: each verb of a PETRARCH block with its own or the block's code, as PETRARCH2 reads it.</summary>
    Parity,
}
