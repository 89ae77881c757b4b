namespace Statecraft.Web.Tests.Api;

/// <summary>What the pages look up beside the data: CAMEO names and PLOVER types, a case's description as HTML.</summary>
[Collection(WebHostCollection.Name)]
public class ReferenceApiTests(WebHost host)
{
    [Fact]
    public async Task GetCameo_NamesEachCodeWithItsPloverTypeAndQuadClass()
    {
        // When
        var cameo = await host.GetJsonAsync("/api/cameo");

        // Then
        var criticize = cameo["111"]!;
        ((string?)criticize["label"]).ShouldBe("Criticize or denounce");
        ((string?)criticize["plover"]).ShouldBe("ACCUSE");
        ((int?)criticize["quad"]).ShouldBe(3);
        cameo.AsObject().Count.ShouldBeGreaterThan(200);
    }

    [Fact]
    public async Task GetDescription_ReferenceCase_MarkdownAsHtml()
    {
        // When
        var description = await host.GetJsonAsync("/api/cases/japan-us-2016/description");

        // Then
        var html = (string?)description["html"] ?? string.Empty;
        html.ShouldStartWith("<p>");
        html.ShouldContain("<code>late</code>");
    }
}
