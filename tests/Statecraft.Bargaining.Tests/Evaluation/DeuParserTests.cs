using Statecraft.Bargaining.Evaluation;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Bargaining.Tests.Evaluation;

public sealed class DeuParserTests
{
    private const string Header = "\"isnr\"\t\"pcom\"\t\"pde\"\t\"pfr\"\t\"scom\"\t\"sde\"\t\"sfr\"\t\"rp\"\t\"out\"";

    [Fact]
    public void Parse_ValuesAbove100AndMissingSalience_AreMissingAndFifty()
    {
        // Given
        var text = Header + "\n\"x1\"\t20\t999\t80\t\t50\t30\t10\t60\n";

        // When
        var issue = DeuParser.Parse(new StringReader(text), "t.tsv").Issues.Single();

        // Then
        issue.Issue.Actors.Select(a => a.Id).ShouldBe(["com", "fr"]);
        issue.Issue.Actors[0].Salience.ShouldBe(0.5);
        issue.Issue.Actors[1].Salience.ShouldBe(0.3);
        issue.Issue.Scale.ShouldBe(new ScaleBounds(0, 100));
        issue.ReferencePoint.ShouldBe(10);
        issue.Outcome.ShouldBe(60);
    }

    [Fact]
    public void Parse_OutcomeCodedAbove100_IssueIsKeptButNotScorable()
    {
        // Given
        var text = Header + "\n\"x1\"\t20\t40\t80\t10\t50\t30\t\t999\n";

        // When
        var dataset = DeuParser.Parse(new StringReader(text), "t.tsv");

        // Then
        dataset.Issues.Count.ShouldBe(1);
        dataset.Scorable.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_TextInANumberColumn_ReportsLineAndColumn()
    {
        // Given
        var text = Header + "\n\"x1\"\t20\tabc\t80\t10\t50\t30\t\t50\n";

        // When
        var error = Should.Throw<InvalidInputException>(() => DeuParser.Parse(new StringReader(text), "t.tsv"));

        // Then
        error.Errors.Single().Line.ShouldBe(2);
        error.Errors.Single().Column.ShouldBe(3);
    }

    [Fact]
    public void Parse_NotTheDeuLayout_SaysWhatItExpected()
    {
        // Given / When
        var error = Should.Throw<InvalidInputException>(() => DeuParser.Parse(new StringReader("actor,capability\n"), "t.csv"));

        // Then
        error.Errors.Single().Message.ShouldContain("isnr");
    }
}
