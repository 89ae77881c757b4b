using System.Collections.Frozen;

namespace Statecraft.Coding.Events;

/// <summary>What one position of a verb pattern asks for.</summary>
public enum PatternElementKind
{
    /// <summary>One token among a set of forms.</summary>
    Word,

    /// <summary>Up to <see cref="PatternElement.MaxGap"/> tokens of anything but clause breaks.</summary>
    Gap,

    /// <summary>An actor mention that becomes the event's target.</summary>
    Target,

    /// <summary>An actor mention that becomes the event's source; the actor before the phrase becomes the target.</summary>
    Source,
}

/// <summary>One position of a compiled verb pattern.</summary>
public sealed record PatternElement(PatternElementKind Kind, FrozenSet<string>? Forms)
{
    /// <summary>How many tokens a <c>*</c> may skip.</summary>
    public const int MaxGap = 4;

    public static PatternElement Gap { get; } = new(PatternElementKind.Gap, null);

    public static PatternElement TargetSlot { get; } = new(PatternElementKind.Target, null);

    public static PatternElement SourceSlot { get; } = new(PatternElementKind.Source, null);
}
