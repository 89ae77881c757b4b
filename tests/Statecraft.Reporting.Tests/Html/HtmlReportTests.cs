using System.Text.RegularExpressions;
using Statecraft.Analysis;
using Statecraft.Cases;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Yaml;
using Statecraft.Reporting.Html;
using Statecraft.Testing;

namespace Statecraft.Reporting.Tests.Html;

public partial class HtmlReportTests
{
    [Fact]
    public void Render_ReferenceCase_HasEverySection()
    {
        // When
        var html = HtmlReport.Render(ReportFixture.Input);

        // Then
        foreach (var id in new[] { "summary", "basic-vector", "scenarios", "timeline", "provenance", "issue-bases-cost", "issue-north-korea" })
        {
            html.ShouldContain($"id=\"{id}\"");
        }

        html.ShouldContain("<svg", Shouldly.Case.Insensitive);
        html.ShouldContain(ReportFixture.Input.Provenance.CaseHash);
        html.ShouldContain("clinton-wins");
        html.ShouldContain("no-rapport");
        html.ShouldContain("Sensitivity (200 draws, seed 42)");
    }

    [Fact]
    public void Render_LoadsNothingFromOutside()
    {
        var html = HtmlReport.Render(ReportFixture.Input);
        ExternalReference().IsMatch(html).ShouldBeFalse();
        html.ShouldNotContain("<script", Shouldly.Case.Insensitive);
    }

    [Fact]
    public void Render_EscapesEveryPieceOfCaseText()
    {
        // Given: a case whose texts carry markup.
        var c = CaseLoader.Load(RepoPaths.ReferenceCase);
        var hostile = c with
        {
            Title = "<script>alert('title')</script>",
            Stimuli = [.. c.Stimuli.Select((s, i) => i == 0 ? s with { Summary = "<img src=x onerror=alert(1)>" } : s)],
            Sources = [.. c.Sources.Select((s, i) => i == 0 ? s with { Citation = "<b>bold</b> & \"quoted\"" } : s)],
        };
        var analysis = CaseAnalyzer.Analyze(hostile);

        // When
        var html = HtmlReport.Render(new ReportInput(analysis, null, [], Provenance.Of(hostile)));

        // Then
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>bold</b>");
        html.ShouldContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
    }

    [Fact]
    public void WriteFile_LeavesNoTemporaryFile()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("out"));
        HtmlReport.WriteFile(dir.File("out/report.html"), ReportFixture.Input);
        Directory.GetFiles(dir.File("out")).Select(Path.GetFileName).ShouldBe(["report.html"]);
    }

    [Fact]
    public void WriteFile_MissingFolderOrOntoAnInput_IsRefusedAndNothingWritten()
    {
        // Given
        using var dir = new TempDirectory();
        var input = dir.Write("case.yaml", "id: x\n");

        // When
        var missing = Should.Throw<InvalidInputException>(() => HtmlReport.WriteFile(dir.File("out/report.html"), ReportFixture.Input));
        var overInput = Should.Throw<InvalidInputException>(() => HtmlReport.WriteFile(input, ReportFixture.Input, [input]));

        // Then
        missing.Errors.ShouldHaveSingleItem().Message.ShouldContain("folder that does not exist");
        overInput.Errors.ShouldHaveSingleItem().Message.ShouldContain("is one of this command's inputs");
        Directory.Exists(dir.File("out")).ShouldBeFalse();
        File.ReadAllText(input).ShouldBe("id: x\n");
    }

    [Fact]
    public void Render_LabelsUseTheCaseFileSpelling() =>
        HtmlReport.Render(ReportFixture.Input).ShouldContain($"class=\"label {CaseNames.Of(ReportFixture.Input.Analysis.Issues[0].Label)}\"");

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
