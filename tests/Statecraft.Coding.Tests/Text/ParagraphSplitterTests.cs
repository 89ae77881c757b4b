using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Text;

public sealed class ParagraphSplitterTests
{
    [Fact]
    public void Split_PageBreakInsideSentence_JoinsTheBlocks()
    {
        // Given: a long block that stops mid-sentence, then its continuation
        var text = "According to the agreement from 2006, Futenma was to be moved from the city of Nago to the Henoko coast in the northern part of\n\nOkinawa. As Hatoyama had promised, he tried.";

        // When
        var paragraphs = ParagraphSplitter.Split(text).ToList();

        // Then
        paragraphs.Count.ShouldBe(1);
        paragraphs[0].Text.ShouldContain("northern part of Okinawa.");
    }

    [Fact]
    public void Split_FootnoteBetweenBrokenBlocks_EmittedAfterTheJoinedParagraph()
    {
        // Given
        var text = "It meant that the air forces, navy and marines stationed in Japan could be dispatched quickly. Persuasion by Abe\n\n⁴ Donald Trump decided to build a wall.\n\nproved successful.";

        // When
        var paragraphs = ParagraphSplitter.Split(text).ToList();

        // Then
        paragraphs.Select(p => p.Text).ShouldBe([
            "It meant that the air forces, navy and marines stationed in Japan could be dispatched quickly. Persuasion by Abe proved successful.",
            "⁴ Donald Trump decided to build a wall.",
        ]);
    }

    [Fact]
    public void Split_ShortUnpunctuatedBlock_IsAHeading()
    {
        // Given
        var text = "Introduction\n\nThe aim of the article is to analyze the process.";

        // When
        var paragraphs = ParagraphSplitter.Split(text).ToList();

        // Then
        paragraphs.Count.ShouldBe(2);
        paragraphs[1].Start.ShouldBe(14);
    }
}
