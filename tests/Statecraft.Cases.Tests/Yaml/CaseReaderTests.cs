using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Yaml;

public class CaseReaderTests
{
    [Fact]
    public void Load_FullFeatureCase_ReadsEverySection()
    {
        // When
        var c = CaseLoader.Load(FullFeatureCase.Path);

        // Then
        c.Id.ShouldBe("full-feature");
        c.Periods.Select(p => p.Id).ShouldBe(["before", "after", "late"]);
        c.Actors.Select(a => a.Kind).Distinct().Count().ShouldBe(Enum.GetValues<ActorKind>().Length);
        c.FindActor("pm-a")!.Attribute("threatPerception:CHN").ShouldBe(0.7);
        c.Ties.Single(t => t.Kind == TieKind.Channel).From.ShouldBe("envoy");
        var position = c.FindIssue("trade")!.PositionOf("pm-a", "after")!;
        position.Range.ShouldBe(new Interval(70, 90));
        position.SalienceRange.ShouldBe(new Interval(0.8, 1));
        position.Provenance.Judgement.ShouldBe("Invented.");
        c.FindIssue("security")!.Scale.Min.ShouldBe(-1);
        c.Structural.Select(f => f.Indicator).Distinct().Count().ShouldBe(4);
        c.Scenarios.SelectMany(s => s.Edits).Select(e => e.Verb).Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public void Load_DatedEntries_KeepPrecisionPartListsAndCameoAsText()
    {
        // When
        var c = CaseLoader.Load(FullFeatureCase.Path);

        // Then
        var tariff = c.FindStimulus("tariff")!;
        tariff.Date.ShouldBe(new PartialDate(2021, 3));
        tariff.Part.ShouldBe(DatePart.Mid);
        tariff.Issues.ShouldBe(["trade"]);
        tariff.Cameo.ShouldBe("172");
        var call = c.Events.Single(e => e.Id == "first-call");
        call.Cameo.ShouldBe("036");
        c.Events.Single(e => e.Id == "summit").Actors.ShouldBe(["pm-a", "pm-new"]);
        c.FindObservation("security")!.Phases[1].Label.ShouldBe(ResponseLabel.Hedge);
    }

    [Fact]
    public void Load_RecordsFileLineAndColumnOfEveryField()
    {
        // When
        var c = CaseLoader.Load(FullFeatureCase.Path);

        // Then
        var position = c.FindIssue("trade")!.Positions[0];
        position.Location.File.ShouldEndWith("issues.yaml");
        position.At("salience").Line.ShouldBe(8);
        position.At("salience").Column.ShouldBe(64);
        position.PathOf("salience").ShouldBe("issues[0].positions[0].salience");
    }

    [Fact]
    public void Read_InvalidYaml_ReportsSyntaxWithLine()
    {
        // Given
        using var dir = new TempDirectory();
        dir.Write("case.yaml", "formatVersion: 1\nid: [unclosed\n");

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(dir.Path)).Errors;

        // Then
        errors[0].Message.ShouldStartWith("invalid YAML");
        errors[0].File.ShouldEndWith("case.yaml");
        errors[0].Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsEncoding()
    {
        // Given
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("case.yaml"), [0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A]);

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(dir.Path)).Errors;

        // Then
        errors.ShouldContain(e => e.Message == "the file is not valid UTF-8 text");
    }

    [Fact]
    public void Read_ScalarSetInTwoFiles_ReportsSecond()
    {
        // Given
        using var dir = new TempDirectory();
        var path = FullFeatureCase.CopyWith(dir, "sources.yaml", "sources:", "title: Again\nsources:");

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path)).Errors;

        // Then
        errors.ShouldContain(e => e.File.EndsWith("sources.yaml", StringComparison.Ordinal) && e.Line == 1 && e.Column == 8 && e.Message.StartsWith("'title' is already set at", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingDirectoryOrRoot_SaysWhat()
    {
        using var dir = new TempDirectory();
        Should.Throw<InvalidInputException>(() => CaseLoader.Load(dir.File("absent"))).Errors[0].Message.ShouldBe("no such case file or directory");
        Should.Throw<InvalidInputException>(() => CaseLoader.Load(dir.Path)).Errors[0].Message.ShouldBe("a case directory needs a case.yaml");
    }
}
