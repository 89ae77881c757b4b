using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Norms(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Norm)];

    [Fact]
    public void Tokenize_DottedAcronymAndTitleAbbreviation_StayOneToken()
    {
        // Given / When
        var norms = Norms("The U.S. envoy met Gen. Mattis on Dec. 5.");

        // Then
        norms.ShouldBe(["the", "u.s.", "envoy", "met", "gen.", "mattis", "on", "dec.", "5", "."]);
    }

    [Fact]
    public void Tokenize_NumbersWithDecimalsAndPercent_StayWhole()
    {
        // Given / When
        var norms = Norms("3.85 million out of 6,570 cars, 75% of costs");

        // Then
        norms.ShouldBe(["3.85", "million", "out", "of", "6,570", "cars", ",", "75%", "of", "costs"]);
    }

    [Fact]
    public void Tokenize_PossessiveAndFootnoteMarker_SplitsPossessiveDropsMarker()
    {
        // Given / When
        var norms = Norms("Abe’s visit to Okinawa.¹");

        // Then
        norms.ShouldBe(["abe", "'s", "visit", "to", "okinawa", "."]);
    }

    [Fact]
    public void Tokenize_MacronsAndHyphenatedPairs_FoldedAndKept()
    {
        // Given / When
        var norms = Norms("Asō Tarō and the Japan–US alliance");

        // Then
        norms.ShouldBe(["aso", "taro", "and", "the", "japan-us", "alliance"]);
    }

    [Fact]
    public void Tokenize_CapitalsWord_MarkedAllCaps()
    {
        // Given / When
        var tokens = Tokenizer.Tokenize("US us");

        // Then
        tokens[0].IsAllCaps.ShouldBeTrue();
        tokens[1].IsAllCaps.ShouldBeFalse();
    }
}
