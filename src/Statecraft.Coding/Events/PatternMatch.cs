namespace Statecraft.Coding.Events;

/// <summary>Where a verb pattern matched in a sentence.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Start">First token of the match.</param>
/// <param name="End">Token after the match.</param>
/// <param name="SlotStart">The token where the pattern's slot (target or source) starts, or -1 when it has none.</param>
internal readonly record struct PatternMatch(VerbPattern Pattern, int Start, int End, int SlotStart)
{
    /// <summary>Whether the slot holds the source ("protests from $") rather than the target.</summary>
    public bool SlotIsSource => SlotStart >= 0 && Pattern.Elements.Any(e => e.Kind == PatternElementKind.Source);
}
