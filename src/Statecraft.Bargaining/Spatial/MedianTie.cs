namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// Which point is the weighted median when exactly half the weight lies on each side of a gap between two positions
/// (then both ends of the gap tie in every pairwise vote).
/// </summary>
public enum MedianTie
{
    /// <summary>The lower end of the gap: always an actor's position.</summary>
    Lower,

    /// <summary>The middle of the gap: symmetric under reflection of the scale.</summary>
    Midpoint,
}
