using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Evaluation;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests.Evaluation;

public sealed class EventMatchingTests
{
    private static CodedEvent Event(string source, string target, string code, string date, bool negated = false) =>
        new("d", 0, PartialDate.Parse(date), PartialDate.Parse(date).Precision, source, source, target, target, CameoOntology.Get(code), [], negated, "s");

    private static GoldEvent Gold(string source, string target, int quad, string date, bool mutual = false) =>
        new(PartialDate.Parse(date), source, target, new HashSet<string>(), quad, mutual, "g");

    [Theory]
    [InlineData("2017-02-10", true)]
    [InlineData("2017-01", true)]
    [InlineData("2017-03", true)]
    [InlineData("2017-04", false)]
    [InlineData("2017", false)]
    public void Matches_MonthGold_AcceptsOneMonthEitherSide(string date, bool expected)
    {
        // Given / When / Then
        EventMatching.Matches(Event("USA", "JPN", "042", date), Gold("USA", "JPN", 1, "2017-02")).ShouldBe(expected);
    }

    [Fact]
    public void Matches_MutualGold_EitherOrder()
    {
        // Given
        var reversed = Event("USA", "JPN", "040", "2017-02");

        // When / Then
        EventMatching.Matches(reversed, Gold("JPN", "USA", 1, "2017-02", mutual: true)).ShouldBeTrue();
        EventMatching.Matches(reversed, Gold("JPN", "USA", 1, "2017-02", mutual: false)).ShouldBeFalse();
    }

    [Fact]
    public void Matches_QuadOrNegationDiffers_NoMatch()
    {
        // Given
        var gold = Gold("USA", "JPN", 1, "2017-02");

        // When / Then
        EventMatching.Matches(Event("USA", "JPN", "111", "2017-02"), gold).ShouldBeFalse();
        EventMatching.Matches(Event("USA", "JPN", "042", "2017-02", negated: true), gold).ShouldBeFalse();
    }

    [Fact]
    public void Score_CountsPrecisionAndRecall()
    {
        // Given
        var gold = new[] { Gold("USA", "JPN", 1, "2017-02"), Gold("JPN", "CHN", 1, "2018-10") };
        var events = new[] { Event("USA", "JPN", "042", "2017-02"), Event("RUS", "JPN", "042", "2017-02") };

        // When
        var score = GoldScorer.Score(events, gold);

        // Then
        score.ShouldBe(new AccuracyScore(2, 1, 2, 1));
        score.Precision.ShouldBe(0.5);
    }
}
