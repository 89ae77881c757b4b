namespace Statecraft.Store.Queries;

/// <summary>One period of one directed country pair, from a world-wide series by pair.</summary>
public sealed record PairSeriesPoint(string Source, string Target, SeriesPoint Point);
