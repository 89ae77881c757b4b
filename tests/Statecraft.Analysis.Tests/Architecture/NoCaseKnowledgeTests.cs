using System.Text.RegularExpressions;
using Statecraft.Cases;
using Statecraft.Testing;

namespace Statecraft.Analysis.Tests.Architecture;

/// <summary>
/// No code may know which case, state, person or issue it runs on (issue "General rules"): no source file of any src
/// project names an id of any case in the library, neither as a string literal nor as an identifier.
/// </summary>
public partial class NoCaseKnowledgeTests
{
    /// <summary>
    /// Words of the code that happen to be ids of some case's actors or issues: a colour, a string method, database
    /// migrations, the expected-utility model's x_i, and the past tense of "rise" in the coder's verb inflections.
    /// </summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.Ordinal) { "Gray", "Shorten", "Migration", "migration", "xi", "rose" };

    /// <summary>The country table names every state alike (name to ISO code); it is vocabulary, not a rule.</summary>
    private static readonly string[] VocabularyFiles = [Path.Combine("Statecraft.Cases", "Vocabulary", "CountryNames.cs")];

    [Fact]
    public void Source_NamesNoCaseActorStateIssueOrEntry()
    {
        // Given: every id of every library case that a rule could test for.
        var ids = LibraryIds();
        ids.Count.ShouldBeGreaterThan(100, "the library's cases must have been read");
        var byNormal = ids.GroupBy(Normal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // When: the string literals and identifiers of every src project are read, comments left out.
        var hits = new List<string>();
        foreach (var file in SourceFiles())
        {
            var code = Comment().Replace(File.ReadAllText(file), " ");
            var relative = Path.GetRelativePath(RepoPaths.Of("src"), file);
            if (!VocabularyFiles.Contains(relative))
            {
                hits.AddRange(Literal().Matches(code).Select(m => m.Groups[1].Value).Where(l => ids.Contains(l) && !OrdinaryWords.Contains(l)).Select(l => $"{relative}: literal \"{l}\""));
            }

            var withoutLiterals = Literal().Replace(code, "\"\"");
            hits.AddRange(Identifier().Matches(withoutLiterals).Select(m => m.Value).Distinct()
                .Where(t => !OrdinaryWords.Contains(t) && byNormal.ContainsKey(Normal(t)))
                .Select(t => $"{relative}: identifier {t} (case id '{byNormal[Normal(t)]}')"));
        }

        // Then
        hits.ShouldBeEmpty();
    }

    [Fact]
    public void Guard_CatchesALiteralAndAnIdentifierNamingACaseId()
    {
        // The check itself: a rule testing for the reference case's partner executive, by literal or identifier, is found.
        var ids = LibraryIds();
        var code = Comment().Replace("if (actor == \"trump\") { var bases_cost = 1; } // abe in a comment is fine", " ");
        Literal().Matches(code).Select(m => m.Groups[1].Value).ShouldContain(l => ids.Contains(l));
        Identifier().Matches(Literal().Replace(code, "\"\"")).Select(m => Normal(m.Value)).ShouldContain(Normal("bases-cost"));
        Identifier().Matches(Literal().Replace(code, "\"\"")).Select(m => m.Value).ShouldNotContain("abe");
    }

    private static HashSet<string> LibraryIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(RepoPaths.Of("cases")).Where(d => File.Exists(Path.Combine(d, "case.yaml"))))
        {
            var c = CaseLoader.Load(dir);
            ids.Add(c.Id);
            ids.UnionWith(c.Actors.Select(a => a.Id));
            ids.UnionWith(c.Issues.Select(i => i.Id));
            ids.UnionWith(c.Stimuli.Concat(c.Events).Select(e => e.Id));
        }

        return ids;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(RepoPaths.Of("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>An id as an identifier could spell it: <c>bases-cost</c>, <c>BasesCost</c> and <c>bases_cost</c> are one.</summary>
    private static string Normal(string text) => text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Literal();

    [GeneratedRegex(@"/\*.*?\*/|//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
