using System.Text.RegularExpressions;
using Statecraft.Testing;

namespace Statecraft.Analysis.Tests.Architecture;

/// <summary>No code of the engine may know which case, state or issue it runs on (issue: "No code may test which case...").</summary>
public partial class NoCaseKnowledgeTests
{
    [Fact]
    public void EngineSource_NamesNoReferenceCaseActorStateOrIssue()
    {
        // Given: every id of the reference case that a rule could test for.
        var reference = Cases.CaseLoader.Load(RepoPaths.ReferenceCase);
        var ids = reference.Actors.Select(a => a.Id).Concat(reference.Issues.Select(i => i.Id)).Append(reference.Id).ToHashSet(StringComparer.Ordinal);

        // When: the string literals of the engine and report sources are read.
        var literals = new[] { "Statecraft.Analysis", "Statecraft.Reporting" }
            .SelectMany(p => Directory.GetFiles(RepoPaths.Of("src", p), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => Literal().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Text: m.Groups[1].Value)));

        // Then
        literals.Where(l => ids.Contains(l.Text)).ShouldBeEmpty();
    }

    [GeneratedRegex("\"([^\"\\\\]*)\"")]
    private static partial Regex Literal();
}
