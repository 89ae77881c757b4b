using System.Text.RegularExpressions;
using System.Xml.Linq;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Architecture;

/// <summary>
/// The direction of the data flow is enforced: each src project references only what DESIGN.md's layout table allows
/// (text -> events -> store; case -> bargaining -> analysis -> reporting -> hosts).
/// </summary>
public partial class ProjectReferenceTests
{
    /// <summary>The layout table of DESIGN.md, as this repository implements it.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Cases"] = [],
        ["Coding"] = ["Cases"],
        ["Store"] = ["Cases"],
        ["Bargaining"] = ["Cases"],
        ["Analysis"] = ["Cases", "Bargaining"],
        ["Reporting"] = ["Cases", "Analysis", "Bargaining", "Store"],
        ["Cluster"] = ["Cases", "Coding", "Bargaining", "Analysis"],
        ["Cli"] = ["Cases", "Coding", "Store", "Bargaining", "Analysis", "Reporting", "Cluster", "Web"],
        ["Web"] = ["Cases", "Coding", "Store", "Bargaining", "Analysis", "Reporting", "Cluster"],
    };

    public static TheoryData<string> Projects => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void SrcProject_ReferencesOnlyWhatTheLayoutAllows(string project)
    {
        // When
        var references = ReferencesOf(RepoPaths.Of("src", $"Statecraft.{project}", $"Statecraft.{project}.csproj"));

        // Then
        references.ShouldBeSubsetOf(Allowed[project], $"Statecraft.{project} references {string.Join(", ", references)}");
    }

    [Fact]
    public void SrcProjects_AreExactlyThoseOfTheLayout() =>
        Directory.GetDirectories(RepoPaths.Of("src")).Select(d => Path.GetFileName(d)!.Replace("Statecraft.", string.Empty, StringComparison.Ordinal))
            .Order().ShouldBe(Allowed.Keys.Order());

    [Fact]
    public void TestProjects_ExistForEverySrcProjectAndReferenceTheirOwn()
    {
        foreach (var project in Allowed.Keys)
        {
            var references = ReferencesOf(RepoPaths.Of("tests", $"Statecraft.{project}.Tests", $"Statecraft.{project}.Tests.csproj"));
            references.ShouldContain(project);
            references.ShouldContain("Testing");
        }
    }

    /// <summary>The table in DESIGN.md (read from the shared folder) and <see cref="Allowed"/> agree.</summary>
    [Fact]
    public void LayoutTable_AgreesWithDesignDocument()
    {
        // Given
        var design = File.ReadAllText(SharedData.PathOf("DESIGN.md"));
        var all = Allowed.Keys.ToArray();

        // When
        var rows = RowPattern().Matches(design).ToDictionary(m => m.Groups["project"].Value, m => m.Groups["refs"].Value.Trim());

        // Then
        foreach (var (project, allowed) in Allowed)
        {
            rows.ShouldContainKey(project);
            var text = rows[project];
            string[] expected = text.StartsWith("nothing", StringComparison.Ordinal) ? []
                : text == "all" ? [.. all.Where(p => p != project)]
                : text == "all but Cli" ? [.. all.Where(p => p != project && p != "Cli")]
                : [.. WordPattern().Matches(text.Split('(')[0]).Select(m => m.Value)];
            allowed.Order().ShouldBe(expected.Order(), $"DESIGN.md row for {project}: '{text}'");
        }
    }

    private static string[] ReferencesOf(string csproj) =>
        [.. XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value).Replace("Statecraft.", string.Empty, StringComparison.Ordinal))];

    [GeneratedRegex(@"\| `src/Statecraft\.(?<project>\w+)` \|[^|]*\| (?<refs>[^|]*) \|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"[A-Z][a-z]+")]
    private static partial Regex WordPattern();
}
