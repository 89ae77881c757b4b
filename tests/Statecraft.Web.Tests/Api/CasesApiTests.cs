using System.Net;
using System.Text.Json.Nodes;
using Statecraft.Analysis;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Reporting.Json;
using Statecraft.Testing;
using Statecraft.Web.Services;

namespace Statecraft.Web.Tests.Api;

[Collection(WebHostCollection.Name)]
public class CasesApiTests(WebHost host)
{
    private const string Reference = "/api/cases/japan-us-2016";

    [Fact]
    public async Task GetCases_ReferenceFolder_ListsCaseWithFocalPartnerShockAndPeriod()
    {
        // When
        var cases = (await host.GetJsonAsync("/api/cases")).AsArray();

        // Then
        var c = cases.Single(x => (string?)x!["id"] == "japan-us-2016")!;
        ((string?)c["focal"]).ShouldBe("JPN");
        ((string?)c["partner"]).ShouldBe("USA");
        ((string?)c["shock"]).ShouldBe("trump-elected");
        c["period"]!["from"].ShouldNotBeNull();
    }

    [Fact]
    public async Task GetAnalysis_ReferenceCase_IsTheAnalyzeJsonObject()
    {
        // Given
        var loaded = CaseLoader.Load(RepoPaths.ReferenceCase);
        var expected = AnalysisJson.ToJson(CaseAnalyzer.Analyze(loaded, "clinton-wins", AnalysisService.Options), Statecraft.Reporting.Provenance.Of(loaded));

        // When
        var actual = await host.GetJsonAsync(Reference + "/analysis?scenario=clinton-wins");

        // Then
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue();
    }

    [Fact]
    public async Task GetAnalysis_UnknownScenario_Returns404Problem()
    {
        // When
        using var response = await host.Client.GetAsync(Reference + "/analysis?scenario=nope", TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task PostAnalysis_PositionEdit_AppliesItAsSetPositionAndChangesTheLabel()
    {
        // Given
        var edit = new { positions = new[] { new { actor = "trump", issue = "bases-cost", period = "after", position = 100.0 } } };
        var loaded = CaseLoader.Load(RepoPaths.ReferenceCase);
        var scenario = new Scenario("edited", "t", null, [new SetPosition("trump", "bases-cost", "after", 100, null, null)], new Statecraft.Cases.Model.Provenance(null, "t"));
        var expected = CaseAnalyzer.Analyze(loaded with { Scenarios = [.. loaded.Scenarios, scenario] }, "edited", AnalysisService.Options);

        // When
        using var response = await host.PostAsync(Reference + "/analysis", edit);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bases = json["issues"]!.AsArray().Single(i => (string?)i!["id"] == "bases-cost")!;
        ((string?)bases["label"]).ShouldBe(Statecraft.Cases.Yaml.CaseNames.Of(expected.Issues.Single(i => i.Issue.Id == "bases-cost").Label));
        ((string?)bases["label"]).ShouldNotBe("none", "the partner's move away from Abe's 75 changes the label");
        ((double)bases["forecast"]!).ShouldBe(expected.Issues.Single(i => i.Issue.Id == "bases-cost").Forecast);
    }

    [Fact]
    public async Task PostAnalysis_UnknownActor_Returns422WithTheValidatorsErrors()
    {
        // Given
        var edit = new { positions = new[] { new { actor = "nobody", issue = "bases-cost", period = "after", position = 10.0 } } };

        // When
        using var response = await host.PostAsync(Reference + "/analysis", edit);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.ShouldContain("nobody");
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task GetTimeline_ReferenceCase_ItemsCarryQuadAndCitation()
    {
        // When
        var items = (await host.GetJsonAsync(Reference + "/timeline"))["items"]!.AsArray();

        // Then
        items.Count.ShouldBeGreaterThan(20);
        items.ShouldContain(i => (string?)i!["id"] == "trump-elected");
        items.ShouldContain(i => i!["quad"] != null && i["citation"] != null);
    }

    [Fact]
    public async Task GetOpenApi_Document_ListsTheContractEndpoints()
    {
        // When
        var paths = (await host.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();

        // Then
        paths.ShouldContainKey("/api/cases");
        paths.ShouldContainKey("/api/cases/{id}/analysis");
        paths.ShouldContainKey("/api/code");
    }
}
