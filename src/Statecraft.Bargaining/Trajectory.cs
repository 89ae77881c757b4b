using System.Collections.Immutable;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining;

/// <summary>Builds the rounds of a <see cref="BargainingResult"/> from positions and weights.</summary>
internal static class Trajectory
{
    /// <summary>The state after <paramref name="round"/>: Eq. B3 median and Eq. B2 mean of the positions.</summary>
    public static BargainingRound Snapshot(
        int round,
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> weights,
        Span<int> order,
        MedianTie tie,
        ImmutableArray<double> risk,
        ImmutableArray<BargainingMove> moves)
    {
        var median = SpatialStatistics.WeightedMedian(positions, weights, order, tie);
        var mean = SpatialStatistics.WeightedMean(positions, weights);
        return new BargainingRound(round, median, mean, ImmutableArray.Create(positions), risk, moves);
    }

    /// <summary>The initial state of <paramref name="issue"/> as a one-round trajectory, for static models.</summary>
    public static BargainingRound Initial(IssueTable issue, MedianTie tie, out double[] weights)
    {
        var n = issue.Count;
        var positions = new double[n];
        weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            positions[i] = issue.Actors[i].Position;
            weights[i] = issue.Actors[i].Weight;
        }

        var order = n <= 256 ? stackalloc int[n] : new int[n];
        return Snapshot(0, positions, weights, order, tie, [], []);
    }

    /// <summary>The actors' ids in table order.</summary>
    public static ImmutableArray<string> Ids(IssueTable issue) => [.. issue.Actors.Select(a => a.Id)];
}
