using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Actors;

public sealed class MentionFinderTests
{
    private static readonly Lazy<MentionFinder> Finder = new(() => new MentionFinder(new ActorDictionaryBuilder().AddBuiltInActors().Build()));

    private static List<ActorMention> Find(string sentence, MentionContext? context = null) =>
        Finder.Value.Find(Tokenizer.Tokenize(sentence), context ?? new MentionContext());

    private static string[] Codes(string sentence, string date) =>
        [.. Find(sentence).SelectMany(m => m.Members).Select(m => m.Resolve(PartialDate.Parse(date)).Code)];

    [Theory]
    [InlineData("Prime Minister Abe spoke.", "2017-02", "JPNGOV")]
    [InlineData("Abe Shinzō spoke.", "2017-02", "JPNGOV")]
    [InlineData("Abe spoke.", "2010-05", "JPNLEG")]
    [InlineData("The Japanese prime minister spoke.", "2017-02", "JPNGOV")]
    [InlineData("Japan's foreign ministry spoke.", "2017-02", "JPNGOV")]
    [InlineData("US troops left.", "2017-02", "USAMIL")]
    [InlineData("The Kremlin spoke.", "2017-02", "RUSGOV")]
    [InlineData("The White House spoke.", "2017-02", "USAGOV")]
    [InlineData("Pyongyang spoke.", "2017-02", "PRKGOV")]
    [InlineData("North Korean officials spoke.", "2017-02", "PRKGOV")]
    [InlineData("Japanese Foreign Minister Kōno Tarō spoke.", "2018-09", "JPNGOV")]
    [InlineData("The UN General Assembly met.", "2017-09", "IGOUNO")]
    public void Find_ActorPhrase_ResolvesToTheCodeAtTheDate(string sentence, string date, string code)
    {
        // Given / When
        var codes = Codes(sentence, date);

        // Then
        codes.ShouldBe([code]);
    }

    [Fact]
    public void Find_SharedSurname_OfficeAtTheDatePicksThePerson()
    {
        // Given: Hillary Clinton was Secretary of State in 2010, Bill Clinton president in 1995
        var mention = Find("Clinton spoke.").Single();
        var person = (PersonReference)mention.Members[0];

        // When / Then
        person.PersonAt(PartialDate.Parse("2010")).Name.ShouldBe("Hillary Clinton");
        person.PersonAt(PartialDate.Parse("1995")).Name.ShouldBe("Bill Clinton");
    }

    [Theory]
    [InlineData("Prime Minister Abe spoke.", "JPNGOV")]
    [InlineData("Japanese Prime Minister Abe spoke.", "JPNGOV")]
    [InlineData("Former Prime Minister Abe spoke.", "JPNLEG")]
    [InlineData("Abe spoke.", "JPNLEG")]
    public void Find_TitledPersonWithoutDate_TheTitleNamesTheOffice(string sentence, string code)
    {
        // Given / When: no date at all, so only the title can say which office Abe holds
        var codes = Find(sentence).SelectMany(m => m.Members).Select(m => m.Resolve(null).Code);

        // Then
        codes.ShouldBe([code]);
    }

    [Fact]
    public void Find_LowerCaseUs_IsNotTheUnitedStates()
    {
        // Given / When
        var mentions = Find("He told us about it.");

        // Then
        mentions.SelectMany(m => m.Countries).ShouldNotContain("USA");
    }

    [Fact]
    public void Find_Coordination_IsOneCompoundMention()
    {
        // Given / When
        var mentions = Find("Trump criticized Japan, South Korea and Germany for it.");

        // Then
        mentions.Count.ShouldBe(2);
        mentions[1].Kind.ShouldBe(MentionKind.Compound);
        mentions[1].Countries.ShouldBe(["JPN", "KOR", "DEU"]);
    }

    [Fact]
    public void Find_HyphenatedPair_IsACompound()
    {
        // Given / When
        var mention = Find("The Japan–US alliance held.").Single();

        // Then
        mention.Countries.ShouldBe(["JPN", "USA"]);
    }

    [Fact]
    public void Find_PronounAfterFrontedPhrase_PointsToTheLaterPerson()
    {
        // Given / When
        var mentions = Find("During his visit to Japan, US Defense Secretary James Mattis spoke.");

        // Then
        mentions[0].Kind.ShouldBe(MentionKind.Pronoun);
        mentions[0].Members.Single().Resolve(PartialDate.Parse("2017-02")).Code.ShouldBe("USAGOV");
    }

    [Fact]
    public void Find_BothLeaders_TheLastTwoStatesNamed()
    {
        // Given
        var context = new MentionContext();
        context.Advance(Find("Abe met Trump."));

        // When
        var group = Find("Both leaders agreed.", context).Single();

        // Then
        group.Kind.ShouldBe(MentionKind.Group);
        group.Countries.ShouldBe(["JPN", "USA"]);
    }
}
