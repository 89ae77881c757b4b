using System.Xml.Linq;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Architecture;

/// <summary>
/// Issue 13 item 6: each library declares its public surface in PublicAPI.Shipped.txt, which PublicApiAnalyzers checks
/// on every build (a public symbol missing there is an error), and the coder's internals are not part of it.
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>The projects that are libraries (eng/Library.props); Cli and Web are hosts.</summary>
    private static readonly string[] LibraryNames = ["Cases", "Coding", "Bargaining", "Analysis", "Store", "Reporting", "Cluster"];

    public static TheoryData<string> Libraries => [.. LibraryNames];

    [Fact]
    public void Libraries_AreEverySrcProjectButTheHosts()
    {
        // When
        var projects = Directory.GetDirectories(RepoPaths.Of("src")).Select(d => Path.GetFileName(d)!.Replace("Statecraft.", string.Empty, StringComparison.Ordinal));

        // Then
        projects.Except(["Cli", "Web"]).ShouldBe(LibraryNames, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_DeclaresItsPublicSurface(string project)
    {
        // Given
        var folder = RepoPaths.Of("src", $"Statecraft.{project}");

        // When
        var shipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"));
        var unshipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt"));

        // Then
        shipped[0].ShouldBe("#nullable enable");
        unshipped[0].ShouldBe("#nullable enable");
        shipped.Count(line => line.StartsWith($"Statecraft.{project}.", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void LibraryProps_RunsThePublicApiAnalyzerOverBothFiles()
    {
        // When
        var props = XDocument.Load(RepoPaths.Of("eng", "Library.props"));
        var packages = props.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include"));
        var files = props.Descendants("AdditionalFiles").Select(e => (string?)e.Attribute("Include") ?? string.Empty);

        // Then
        packages.ShouldContain("Microsoft.CodeAnalysis.PublicApiAnalyzers");
        files.ShouldContain(f => f.EndsWith("/PublicAPI.Shipped.txt", StringComparison.Ordinal));
        files.ShouldContain(f => f.EndsWith("/PublicAPI.Unshipped.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Statecraft.Coding.Text.Tokenizer")]
    [InlineData("Statecraft.Coding.Actors.MentionFinder")]
    [InlineData("Statecraft.Coding.Events.PatternMatcher")]
    public void CoderInternals_AreNotInTheShippedSurface(string type)
    {
        // When
        var shipped = File.ReadAllLines(RepoPaths.Of("src", "Statecraft.Coding", "PublicAPI.Shipped.txt"));

        // Then
        shipped.ShouldNotContain(line => line.StartsWith(type + ".", StringComparison.Ordinal) || line == type || line.Contains(type + "!", StringComparison.Ordinal));
    }
}
