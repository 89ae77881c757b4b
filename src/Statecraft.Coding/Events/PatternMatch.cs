namespace Statecraft.Coding.Events;

/// <summary>Where a verb pattern matched in a sentence.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Start">First token of the match.</param>
/// <param name="End">Token after the match.</param>
/// <param name="TargetStart">The token where the target slot starts, or -1 when the pattern has none.</param>
public readonly record struct PatternMatch(VerbPattern Pattern, int Start, int End, int TargetStart);
