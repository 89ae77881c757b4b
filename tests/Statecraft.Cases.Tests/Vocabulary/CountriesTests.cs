using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Tests.Vocabulary;

public class CountriesTests
{
    [Theory]
    [InlineData("JPN", "JP", 740, "Japan")]
    [InlineData("KOR", "KR", 732, "South Korea")]
    [InlineData("PRK", "KP", 731, "North Korea")]
    [InlineData("USA", "US", 2, "United States")]
    public void TryGetByIso3_KnownState_GivesItsCodes(string iso3, string iso2, int cow, string name)
    {
        Countries.TryGetByIso3(iso3, out var country).ShouldBeTrue();
        country!.Iso2.ShouldBe(iso2);
        country.CowNumber.ShouldBe(cow);
        country.Name.ShouldBe(name);
        Countries.TryGetByCowNumber(cow, out var byCow).ShouldBeTrue();
        byCow!.Iso3.ShouldBe(iso3);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("jpn")]
    [InlineData("JP")]
    [InlineData(null)]
    public void IsIso3_NotAnUpperCaseAlpha3Code_ReturnsFalse(string? code) => Countries.IsIso3(code).ShouldBeFalse();

    [Fact]
    public void All_CoversTheStatesOfTheWorld() => Countries.All.Count.ShouldBeGreaterThan(240);
}
