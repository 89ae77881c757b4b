using Statecraft.Coding.Issues;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Issues;

public sealed class IssueTaggerTests
{
    [Fact]
    public void Tag_Keywords_SortedDistinctTags()
    {
        // Given
        var tagger = IssueTagger.BuiltIn();

        // When
        var tags = tagger.Tag(Tokenizer.Tokenize("Trump threatened tariffs on Japanese cars and criticized North Korean missile tests."));

        // Then
        tags.ShouldBe(["north_korea", "trade"]);
    }

    [Fact]
    public void Tag_MultiWordKeyword_NeedsAllWords()
    {
        // Given
        var tagger = IssueTagger.BuiltIn();

        // When
        var tags = tagger.Tag(Tokenizer.Tokenize("The Trans-Pacific talks ended."));

        // Then
        tags.ShouldBeEmpty();
    }
}
