using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void Split_AbbreviationsInitialsAndNumbers_DoNotEndSentences()
    {
        // Given
        var text = "Gen. Mattis met H. Clinton in the U.S. Congress on Dec. 5 with 3.85 million votes. They talked.";

        // When
        var sentences = Split(text);

        // Then
        sentences.Length.ShouldBe(2);
        sentences[1].ShouldBe("They talked.");
    }

    [Fact]
    public void Split_ClosingQuoteAndFootnoteMarker_StayWithTheirSentence()
    {
        // Given
        var text = "He called it “the cornerstone.” The base moved to Okinawa.¹ As Hatoyama had promised, it stayed.";

        // When
        var sentences = Split(text);

        // Then
        sentences.ShouldBe(["He called it “the cornerstone.”", "The base moved to Okinawa.¹", "As Hatoyama had promised, it stayed."]);
    }

    [Fact]
    public void Split_AcronymBeforeSentenceStarter_EndsSentence()
    {
        // Given / When
        var sentences = Split("Talks were held in the U.S. The next round is in Tokyo.");

        // Then
        sentences.Length.ShouldBe(2);
    }
}
