using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Tests.Actors;

public sealed class ActorTablesTests
{
    [Fact]
    public void AddPeople_MalformedRole_ReportedAndLeftOut()
    {
        // Given
        var rows = EmbeddedTable.Rows(new StringReader("state\tdefault\tnames\troles\nJPN\tLEG\tAbe\tGOV 2012-13-01..2020 prime minister\nJPN\tLEG\tSuga\tGOV 2020-09-16.. prime minister\n")).ToList();
        var errors = new List<InputError>();
        var builder = new ActorDictionaryBuilder();

        // When
        ActorTables.AddPeople(builder, rows, "people.tsv", errors);
        var dictionary = builder.Build();

        // Then
        errors.Single().Line.ShouldBe(2);
        errors[0].Message.ShouldContain("AGENT FROM..TO");
        dictionary.PhraseCount.ShouldBe(1);
    }

    [Fact]
    public void AddStates_UnknownCode_Reported()
    {
        // Given
        var rows = EmbeddedTable.Rows(new StringReader("code\tnames\tdemonyms\tmetonyms\nXXX\tNowhere\t\t\n")).ToList();
        var errors = new List<InputError>();

        // When
        ActorTables.AddStates(new ActorDictionaryBuilder(), rows, "states.tsv", errors);

        // Then
        errors.Single().ToString().ShouldBe("states.tsv:2:1: code: 'XXX' is not an ISO 3166 alpha-3 code");
    }
}
