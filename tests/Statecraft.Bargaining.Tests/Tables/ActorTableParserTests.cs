using Statecraft.Bargaining.Tables;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Bargaining.Tests.Tables;

public sealed class ActorTableParserTests
{
    [Fact]
    public void Parse_SaliencesAboveOne_AreReadAsPercent()
    {
        // Given
        const string Text = "actor,capability,position,salience\nA,1,4,80\nB,0.5,10,20\n";

        // When
        var table = ActorTableParser.Parse(new StringReader(Text), "t.csv");

        // Then
        table.Salience.ShouldBe(SalienceScale.Percent);
        table.Issue.Actors.Select(a => a.Salience).ShouldBe([0.8, 0.2]);
    }

    [Fact]
    public void Parse_SaliencesWithinOne_AreKeptAsFractions()
    {
        // Given
        const string Text = "actor,capability,position_years,salience_0_1\n\"Big, Inc\",1,4,0.8\n";

        // When
        var table = ActorTableParser.Parse(new StringReader(Text), "t.csv");

        // Then
        table.Salience.ShouldBe(SalienceScale.Unit);
        table.Issue.Actors.Single().Id.ShouldBe("Big, Inc");
    }

    [Fact]
    public void Parse_BadValuesAndRepeatedActor_ReportsEveryError()
    {
        // Given
        const string Text = "actor,capability,position,salience\nA,-1,4,80\nB,1,x,20\nA,1,2,120\n";

        // When
        var error = Should.Throw<InvalidInputException>(() => ActorTableParser.Parse(new StringReader(Text), "t.csv"));

        // Then
        error.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(2, "capability"), (3, "position"), (4, "salience")]);
    }

    [Fact]
    public void Parse_MissingColumn_NamesIt()
    {
        // Given / When
        var error = Should.Throw<InvalidInputException>(() => ActorTableParser.Parse(new StringReader("actor,capability,position\n"), "t.csv"));

        // Then
        error.Errors.Single().Field.ShouldBe("salience");
    }
}
