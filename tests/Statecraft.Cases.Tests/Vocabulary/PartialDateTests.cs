using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Tests.Vocabulary;

public class PartialDateTests
{
    [Theory]
    [InlineData("2016-11-17", DatePrecision.Day, "2016-11-17", "2016-11-17")]
    [InlineData("2017-04", DatePrecision.Month, "2017-04-01", "2017-04-30")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2009", DatePrecision.Year, "2009-01-01", "2009-12-31")]
    public void Parse_ValidText_GivesPrecisionAndPeriod(string text, DatePrecision precision, string start, string end)
    {
        // When
        var date = PartialDate.Parse(text);

        // Then
        date.Precision.ShouldBe(precision);
        date.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        date.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("17-04")]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("2017/02/01")]
    [InlineData("2017-4")]
    [InlineData("2017-04-01-01")]
    public void TryParse_InvalidText_ReturnsFalse(string text) =>
        PartialDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void CompareTo_SameStart_OrdersFinerPrecisionFirst()
    {
        // Given
        var day = PartialDate.Parse("2017-04-01");
        var month = PartialDate.Parse("2017-04");

        // Then
        (day < month).ShouldBeTrue();
        (PartialDate.Parse("2016-12") < PartialDate.Parse("2017")).ShouldBeTrue();
    }
}
