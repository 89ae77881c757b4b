using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests.Events;

public sealed class EventFinderTests
{
    private static string[] Describe(IReadOnlyList<CodedEvent> events) =>
        [.. events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}{(e.Negated ? "!" : string.Empty)}")];

    [Fact]
    public void Code_VisitWithTargetSlot_MakeAVisit()
    {
        // Given / When
        var events = Coders.Code("In October 2018, Abe paid the first visit to China by a Japanese prime minister in seven years.");

        // Then
        Describe(events).ShouldBe(["JPNGOV>CHN:042"]);
    }

    [Fact]
    public void Code_RefusalOfCooperation_CodedAsRejection()
    {
        // Given / When
        var events = Coders.Code("In August 2013 the Japanese government refused to support American military intervention.");

        // Then
        Describe(events).ShouldBe(["JPNGOV>USAMIL:120"]);
    }

    [Fact]
    public void Code_PassiveWithByPhrase_SourceFromByPhrase()
    {
        // Given / When
        var events = Coders.Code("In March 2014, Abe was criticized by the Obama administration.");

        // Then
        Describe(events).ShouldBe(["USAGOV>JPNGOV:111"]);
    }

    [Fact]
    public void Code_TwoVerbsInOneSentence_TwoEvents()
    {
        // Given / When
        var events = Coders.Code("In May 2017 Abe praised Trump and Putin criticized China.");

        // Then
        Describe(events).ShouldBe(["JPNGOV>USAGOV:051", "RUSGOV>CHN:111"]);
    }

    [Fact]
    public void Code_NoPatternMatches_NoEventAndCounted()
    {
        // Given
        var statistics = new CodingStatistics();

        // When
        var events = Coders.BuiltIn.Code(new Statecraft.Coding.Documents.Document("d", "Abe pondered the weather in Japan.", null), statistics);

        // Then
        events.ShouldBeEmpty();
        statistics.NoPattern.ShouldBe(1);
    }

    [Fact]
    public void Code_CompoundSubjectWithoutTarget_EventBetweenTheMembers()
    {
        // Given / When
        var events = Coders.Code("The Dialogue was indeed launched by Japanese Deputy Prime Minister Asō Tarō and American Vice President Mike Pence in Tokyo in mid-April 2017.");

        // Then
        Describe(events).ShouldBe(["JPNGOV>USAGOV:046"]);
        events[0].DateText.ShouldBe("2017-04");
    }

    [Fact]
    public void Code_CompoundTarget_OneEventPerMember()
    {
        // Given / When
        var events = Coders.Code("In February 2016, Trump criticized Japan, South Korea and Germany.");

        // Then
        Describe(events).ShouldBe(["USAELI>JPN:111", "USAELI>KOR:111", "USAELI>DEU:111"]);
    }

    [Fact]
    public void Code_MultilateralSigning_EachPartyIsSourceOnce()
    {
        // Given / When
        var events = Coders.Code("This free trade agreement was signed in February 2016 by Australia, Brunei, Canada, Chile and Japan.");

        // Then: a ring over the parties in the order named, not five events from Australia
        Describe(events).ShouldBe(["AUS>BRN:057", "BRN>CAN:057", "CAN>CHL:057", "CHL>JPN:057", "JPN>AUS:057"]);
    }
}
