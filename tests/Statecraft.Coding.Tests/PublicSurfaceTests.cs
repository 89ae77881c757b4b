using Statecraft.Coding.Pipeline;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests;

/// <summary>Issue 13 item 6: the coder's internals are internal, and what is public is declared in PublicAPI.Shipped.txt (or Unshipped.txt until it ships).</summary>
public sealed class PublicSurfaceTests
{
    [Theory]
    [InlineData("Statecraft.Coding.Text.Tokenizer")]
    [InlineData("Statecraft.Coding.Actors.MentionFinder")]
    [InlineData("Statecraft.Coding.Events.PatternMatcher")]
    public void CoderInternal_IsNotPublic(string name)
    {
        // When
        var type = typeof(CoderPipeline).Assembly.GetType(name);

        // Then
        type.ShouldNotBeNull();
        type.IsVisible.ShouldBeFalse();
    }

    [Fact]
    public void ExportedTypes_AreEachDeclaredInPublicApi()
    {
        // Given: a type added since the last release is declared in Unshipped until it ships (PublicApiAnalyzers' workflow)
        var shipped = File.ReadAllLines(RepoPaths.Of("src", "Statecraft.Coding", "PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(RepoPaths.Of("src", "Statecraft.Coding", "PublicAPI.Unshipped.txt"))).ToHashSet();

        // When
        var undeclared = typeof(CoderPipeline).Assembly.GetExportedTypes()
            .Select(t => t.FullName!.Replace('+', '.'))
            .Where(name => !shipped.Contains(name) && !shipped.Any(line => line.StartsWith(name + " ", StringComparison.Ordinal)))
            .ToList();

        // Then
        undeclared.ShouldBeEmpty();
    }
}
