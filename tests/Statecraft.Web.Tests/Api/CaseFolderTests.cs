using System.Net;
using System.Text.Json.Nodes;
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
}
