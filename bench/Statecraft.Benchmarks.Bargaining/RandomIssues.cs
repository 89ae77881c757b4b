using System.Globalization;
using Statecraft.Bargaining;

namespace Statecraft.Benchmarks.Bargaining;

/// <summary>Seeded random issue tables: capabilities and saliences in (0, 1], positions on 0-100.</summary>
public static class RandomIssues
{
    public static IssueTable Create(int actors, int seed)
    {
        var random = new Random(seed);
        return new IssueTable(Enumerable.Range(0, actors).Select(i => new BargainingActor(
            "a" + i.ToString(CultureInfo.InvariantCulture),
            0.05 + (0.95 * random.NextDouble()),
            Math.Round(100 * random.NextDouble(), 1),
            0.05 + (0.95 * random.NextDouble()))));
    }
}
