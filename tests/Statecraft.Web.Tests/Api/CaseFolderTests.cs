using System.Net;
using System.Text.Json.Nodes;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Testing;
using Statecraft.Web.Hosting;
using Statecraft.Web.Services;

namespace Statecraft.Web.Tests.Api;

public class CaseFolderTests
{
    [Fact]
    public async Task GetCases_FolderWithABrokenCaseAndStrayFiles_ListsOnlyCaseFoldersAndSaysWhichIsBroken()
    {
        // Given
        using var dir = new TempDirectory();
        dir.Write("broken/case.yaml", "id: broken\ntitle: [unclosed\n");
        dir.Write("not-a-case/notes.txt", "nothing here");
        dir.Write("case.yaml", "a file directly under --cases is not a case folder");
        var (app, address) = await WebHost.StartAsync(new WebOptions { CasesDirectory = dir.Path, Port = 0 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var ct = TestContext.Current.CancellationToken;

        // When
        using var response = await client.GetAsync("/api/cases", ct);
        var cases = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!.AsArray();
        using var analysis = await client.GetAsync("/api/cases/broken/analysis", ct);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var only = cases.ShouldHaveSingleItem()!;
        ((string?)only["id"]).ShouldBe("broken");
        ((string?)only["error"]).ShouldNotBeNullOrEmpty();
        analysis.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public void Analysis_SameCaseAndScenarioTwice_IsComputedOnceAndServedFromTheCache()
    {
        // Given
        var service = new AnalysisService(new CaseCatalog(RepoPaths.Of("cases")));

        // When
        var first = service.Analysis("japan-us-2016", "clinton-wins");
        var second = service.Analysis("japan-us-2016", "clinton-wins");
        var other = service.Analysis("japan-us-2016", null);

        // Then
        ReferenceEquals(first, second).ShouldBeTrue();
        other.ShouldNotBe(first);
    }

    [Fact]
    public void Get_CaseWithAStructuralReference_ReadsItsFiguresFromTheTablesTheHostWasGiven()
    {
        // Given: the test case with one reference added to its structural figures
        using var dir = new TempDirectory();
        var source = RepoPaths.Of("tests", "Statecraft.Cases.Tests", "Cases", "full-feature");
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var text = File.ReadAllText(file);
            dir.Write(Path.Combine("with-reference", Path.GetFileName(file)), Path.GetFileName(file) == "structural.yaml"
                ? text.Replace("alliances:", "  - { state: NZL, years: [2019, 2020], table: sipriMilex, source: memo }\nalliances:", StringComparison.Ordinal)
                : text);
        }

        // When
        var withTables = new CaseCatalog(dir.Path, new OneFigurePerYear()).Get("with-reference");
        var without = () => new CaseCatalog(dir.Path).Get("with-reference");

        // Then
        withTables.Structural.Where(f => f.ReadByReference).Select(f => (f.State, f.Year, f.Value)).ShouldBe([("NZL", 2019, 2019.0), ("NZL", 2020, 2020.0)]);
        Should.Throw<InvalidInputException>(without).Message.ShouldContain("no structural tables");
    }

    private sealed class OneFigurePerYear : IStructuralTables
    {
        public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear) =>
            new("test", Enumerable.Range(fromYear, toYear - fromYear + 1).ToDictionary(y => y, y => (double)y));
    }
}
