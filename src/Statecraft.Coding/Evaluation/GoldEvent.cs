using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Evaluation;

/// <summary>An event a human annotator expects, at the precision the text gives its date.</summary>
/// <param name="Date">The date (its precision sets the matching window).</param>
/// <param name="Source">The source state, or for a multilateral event null.</param>
/// <param name="Target">The target state, or null for a multilateral event.</param>
/// <param name="Parties">For a multilateral event, its parties: any two of them match; otherwise empty.</param>
/// <param name="Quad">Quad class 1-4.</param>
/// <param name="Mutual">Whether direction does not matter (meetings, talks, agreements).</param>
/// <param name="Description">What happened, for people reading the gold.</param>
internal sealed record GoldEvent(PartialDate Date, string? Source, string? Target, IReadOnlySet<string> Parties, int Quad, bool Mutual, string Description)
{
    public bool IsMultilateral => Parties.Count > 0;
}
