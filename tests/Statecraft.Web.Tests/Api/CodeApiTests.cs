using System.Net;
using System.Text.Json.Nodes;

namespace Statecraft.Web.Tests.Api;

[Collection(WebHostCollection.Name)]
public class CodeApiTests(WebHost host)
{
    [Fact]
    public async Task PostCode_Text_ReturnsTheCodersRecordsAsAnArray()
    {
        // When
        using var response = await host.PostAsync("/api/code", new { text = "Japan criticized North Korea.", date = "2017-02-10" });
        var records = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = records.ShouldHaveSingleItem()!;
        ((string?)record["source_country"]).ShouldBe("JPN");
        ((string?)record["target_country"]).ShouldBe("PRK");
        ((string?)record["date"]).ShouldBe("2017-02-10");
        ((string?)record["cameo"]).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task PostCode_ScriptInText_ComesBackAsPlainJsonText()
    {
        // When
        using var response = await host.PostAsync("/api/code", new { text = "Japan criticized North Korea <script>alert(1)</script>.", date = "2017-02-10" });
        var records = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();

        // Then
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        ((string?)records[0]!["text"] ?? string.Empty).ShouldContain("<script>");
    }

    [Fact]
    public async Task PostCode_BadDate_Returns400Problem()
    {
        // When
        using var response = await host.PostAsync("/api/code", new { text = "Japan criticized North Korea.", date = "yesterday" });

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("yesterday");
    }

    [Fact]
    public async Task PostEvents_ThenRelations_SeriesAndShockComeFromTheStore()
    {
        // Given
        foreach (var month in new[] { "2016-03", "2016-06", "2016-09", "2016-12", "2017-03", "2017-06" })
        {
            using var added = await host.PostAsync("/api/events", new { text = "Japan praised the United States. The United States criticized Japan.", date = month + "-15" });
            added.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // When
        var relations = await host.GetJsonAsync("/api/cases/japan-us-2016/relations");

        // Then
        ((string?)relations["dyad"]).ShouldBe("JPN<>USA");
        relations["series"]!.AsArray().Sum(p => (long)p!["events"]!).ShouldBeGreaterThanOrEqualTo(6);
        ((string?)relations["shock"]!["date"]).ShouldBe("2016-11-08");
    }
}
