using System.Globalization;

namespace Statecraft.Benchmarks.Store;

/// <summary>
/// What a user would otherwise write: one LINQ pass over the GDELT file that filters and groups the rows
/// the way <c>events series</c> does (count by quad class, Goldstein sum, per month).
/// </summary>
internal static class LinqBaseline
{
    public sealed record Month(string Key, int Events, int Q1, int Q2, int Q3, int Q4, double Goldstein);

    /// <summary>Monthly series of one directed dyad (columns Actor1CountryCode and Actor2CountryCode).</summary>
    public static List<Month> Dyad(string file, string source, string target) =>
        [.. Rows(file).Where(f => f[7] == source && f[17] == target).GroupBy(f => f[2]).Select(Aggregate).OrderBy(m => m.Key, StringComparer.Ordinal)];

    /// <summary>Monthly series of every directed pair with both countries known.</summary>
    public static List<Month> World(string file) =>
        [.. Rows(file).Where(f => f[7].Length > 0 && f[17].Length > 0).GroupBy(f => f[7] + "|" + f[17] + "|" + f[2]).Select(Aggregate)];

    private static IEnumerable<string[]> Rows(string file) => File.ReadLines(file).Select(line => line.Split('\t'));

    private static Month Aggregate(IGrouping<string, string[]> g) => new(
        g.Key, g.Count(), g.Count(f => f[29] == "1"), g.Count(f => f[29] == "2"), g.Count(f => f[29] == "3"), g.Count(f => f[29] == "4"),
        g.Sum(f => double.Parse(f[30], CultureInfo.InvariantCulture)));
}
