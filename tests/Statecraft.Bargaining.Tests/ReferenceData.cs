using System.Text.Json;
using Statecraft.Bargaining.Tables;
using Statecraft.Testing;

namespace Statecraft.Bargaining.Tests;

/// <summary>Loads the shared emission-standards data and reference runs (read from ../shared, never copied).</summary>
internal static class ReferenceData
{
    public static IssueTable EmissionStandards() => Load("data/bargaining/emission_standards_bdm1994_input.csv");

    public static IssueTable Sultan() => Load("data/bargaining/sultan_bdm1997_input.csv");

    public static JsonDocument Json(string relative) => JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(relative)));

    /// <summary>Rows of a small CSV as dictionaries keyed by header.</summary>
    public static List<Dictionary<string, string>> Csv(string relative)
    {
        var lines = File.ReadAllLines(SharedData.PathOf(relative));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    private static IssueTable Load(string relative)
    {
        using var reader = new StreamReader(SharedData.PathOf(relative));
        return ActorTableParser.Parse(reader, relative).Issue;
    }
}
