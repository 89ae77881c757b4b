namespace Statecraft.Store.Queries;

/// <summary>One period of a dyad's relations: events by quad class and Goldstein weights.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="Label">The period as printed (<c>2016-11</c>).</param>
/// <param name="Events">Events in the period.</param>
/// <param name="VerbalCooperation">Quad class 1 events.</param>
/// <param name="MaterialCooperation">Quad class 2 events.</param>
/// <param name="VerbalConflict">Quad class 3 events.</param>
/// <param name="MaterialConflict">Quad class 4 events.</param>
/// <param name="GoldsteinSum">Sum of Goldstein weights (0 when there are none).</param>
/// <param name="GoldsteinMean">Mean Goldstein weight, or null when no event carries one.</param>
public sealed record SeriesPoint(
    DateOnly Period,
    string Label,
    long Events,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict,
    double GoldsteinSum,
    double? GoldsteinMean)
{
    /// <summary>Net cooperation: (verbal + material cooperation) - (verbal + material conflict), in events.</summary>
    public long NetCooperation => VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict;

    /// <summary>An empty period.</summary>
    public static SeriesPoint Empty(DateOnly period, string label) => new(period, label, 0, 0, 0, 0, 0, 0, null);
}
