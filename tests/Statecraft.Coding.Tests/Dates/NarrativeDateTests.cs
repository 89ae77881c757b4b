using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Tests.Dates;

public sealed class NarrativeDateTests
{
    private static (string? Date, DatePrecision Precision)[] Dates(string text, string? documentDate = null) =>
        [.. Coders.Code(text, documentDate).Select(e => (e.DateText, e.Precision))];

    [Theory]
    [InlineData("On November 17, 2016, Abe met Trump.", "2016-11-17", DatePrecision.Day)]
    [InlineData("In December 2012 Abe met Obama.", "2012-12", DatePrecision.Month)]
    [InlineData("In 2009 Hatoyama met Obama.", "2009", DatePrecision.Year)]
    [InlineData("In mid-April 2017 Aso met Pence.", "2017-04", DatePrecision.Month)]
    [InlineData("At the beginning of February 2017 Mattis visited Japan.", "2017-02", DatePrecision.Month)]
    [InlineData("In spring 2016 Obama met Abe.", "2016-04", DatePrecision.Month)]
    public void Code_ExplicitDate_DateAndPrecision(string text, string date, DatePrecision precision)
    {
        // Given / When
        var dates = Dates(text);

        // Then
        dates.ShouldBe([(date, precision)]);
    }

    [Fact]
    public void Code_OneWeekLater_ResolvedAgainstTheLastDate()
    {
        // Given
        var text = "At the beginning of February 2017 Mattis visited Japan. One week later in Washington President Trump himself thanked Prime Minister Abe.";

        // When
        var dates = Dates(text);

        // Then
        dates.ShouldBe([("2017-02", DatePrecision.Month), ("2017-02", DatePrecision.Month)]);
    }

    [Fact]
    public void Code_YearLessMonth_TakesTheNarrativeYear()
    {
        // Given
        var text = "In 2018 Abe visited Russia. In late September he met Putin.";

        // When
        var dates = Dates(text);

        // Then
        dates.ShouldBe([("2018", DatePrecision.Year), ("2018-09", DatePrecision.Month)]);
    }

    [Fact]
    public void Code_FollowingMonthsAndSinceThen_MoveOrKeepTheClock()
    {
        // Given
        var text = "In November 2017 Abe met Trump. In the following months Abe phoned Trump. Since then Abe praised Trump.";

        // When
        var dates = Dates(text);

        // Then
        dates.ShouldBe([("2017-11", DatePrecision.Month), ("2017-12", DatePrecision.Month), ("2017-12", DatePrecision.Month)]);
    }

    [Fact]
    public void Code_NoDateInTheNarrative_DocumentDateWithPrecisionDocument()
    {
        // Given / When
        var withDocument = Dates("Abe met Trump.", "2017-03-01");
        var without = Dates("Abe met Trump.");

        // Then
        withDocument.ShouldBe([("2017-03-01", DatePrecision.Document)]);
        without.ShouldBe([(null, DatePrecision.Document)]);
    }

    [Fact]
    public void Code_YearRange_IsNotADate()
    {
        // Given / When
        var dates = Dates("Prime Minister Kan Naoto (2010–2011) met Obama.", "2019");

        // Then
        dates.ShouldBe([("2019", DatePrecision.Document)]);
    }

    [Fact]
    public void Code_UndatedSectionAfterAHeading_PeopleCodedAtTheNarrativesLastDate()
    {
        // Given: the heading ends the section's date, but the narrative has reached 2018, when Abe held office
        var text = "In October 2018, Abe visited China.\n\nConclusion\n\nAbe criticized Beijing.";

        // When
        var events = Coders.Code(text);

        // Then
        events.Select(e => (e.Source, e.DateText)).ShouldBe([("JPNGOV", "2018-10"), ("JPNGOV", (string?)null)]);
    }

    [Fact]
    public void Code_PastPerfectAnecdoteInAnotherYear_DoesNotRedateTheParagraph()
    {
        // Given: the 1957 anecdote sits in a past-perfect clause; the narrative is in November 2016
        var text = "In November 2016 Abe visited the US. Abe gave Trump a golf club and reminded him that Kishi had played golf with Eisenhower in 1957. Abe then praised Trump.";

        // When
        var dates = Dates(text);

        // Then: only the anecdote is dated 1957; the gift came before it and the praise after
        dates.ShouldBe([("2016-11", DatePrecision.Month), ("1957", DatePrecision.Year), ("2016-11", DatePrecision.Month)]);
    }

    [Fact]
    public void Code_PastPerfectDateLaterThanTheNarrative_MovesTheClock()
    {
        // Given: "had" + a date after the narrative's is no anecdote but the narrative moving on
        var text = "In 2016 Abe visited the US. By March 2017 Abe had visited Russia. Abe then praised Putin.";

        // When
        var dates = Dates(text);

        // Then
        dates.ShouldBe([("2016", DatePrecision.Year), ("2017-03", DatePrecision.Month), ("2017-03", DatePrecision.Month)]);
    }
}
