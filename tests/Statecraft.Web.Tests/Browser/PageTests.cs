using Microsoft.Playwright;
using Statecraft.Testing;

namespace Statecraft.Web.Tests.Browser;

/// <summary>Each page of the dashboard in headless Chromium: it loads with no console error, asks only its own host, and renders.</summary>
[Collection(WebHostCollection.Name)]
public class PageTests(WebHost host, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Case = "japan-us-2016";

    public static TheoryData<string, string, string> Pages => new()
    {
        { "cases", "/", "#cases tbody tr" },
        { "case", $"/case.html?id={Case}", "#issues tbody tr" },
        { "issue", $"/issue.html?id={Case}&issue=bases-cost", "#actors tbody tr" },
        { "timeline", $"/timeline.html?id={Case}", "#items li" },
        { "relations", $"/relations.html?id={Case}", "#shock-summary p" },
        { "scenarios", $"/scenarios.html?id={Case}", "#edited-table tbody tr" },
        { "code", "/code.html", "#text" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Open_EachPage_RendersWithoutConsoleErrorsOrForeignRequests(string name, string path, string rendered)
    {
        // Given
        if (name == "relations")
        {
            await SeedStore();
        }

        var (page, errors, requests) = await Open();

        // When
        await page.GotoAsync(path);
        await page.Locator(rendered).First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Then
        await Screenshot(page, name);
        errors.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith(host.BaseAddress.AbsoluteUri, StringComparison.Ordinal));
        (await page.Locator("#error").IsHiddenAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Issue_BasesCost_PositionsChartRendersTheActorsAndTheScaleEnds()
    {
        // Given
        var (page, errors, _) = await Open();

        // When
        await page.GotoAsync($"/issue.html?id={Case}&issue=bases-cost");
        await page.Locator("#positions-chart canvas").WaitForAsync();
        var points = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.getElementById('positions-chart')).getOption().series.reduce((n, s) => n + s.data.length, 0)");

        // Then
        points.ShouldBeGreaterThan(3);
        (await page.Locator("#scale-low").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("#scale-high").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Relations_StrayEarlyEvent_ChartOpensOnThreeYearsAroundTheShockAndZoomsOutOnRequest()
    {
        // Given
        await SeedStore();
        var (page, errors, _) = await Open();
        await page.GotoAsync($"/relations.html?id={Case}");
        await page.Locator("#shock-summary p").First.WaitForAsync();
        const string Shown = "() => { const o = echarts.getInstanceByDom(document.getElementById('relations-chart')).getOption(); const d = o.xAxis[0].data; return [d[0], d[o.dataZoom[0].startValue], d[o.dataZoom[0].endValue]]; }";

        // When
        var around = await page.EvaluateAsync<string[]>(Shown);
        await page.Locator("#zoom").ClickAsync();
        var all = await page.EvaluateAsync<string[]>(Shown);

        // Then
        around[0].ShouldBe("1990-01");
        string.CompareOrdinal(around[1], "2013-11").ShouldBeGreaterThanOrEqualTo(0);
        string.CompareOrdinal(around[2], "2019-10").ShouldBeLessThanOrEqualTo(0);
        all[1].ShouldBe("1990-01");
        (await page.Locator("#change-points").TextContentAsync() ?? string.Empty).ShouldNotContain("1990");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Issue_BasesCost_ReferenceLinesAreNamedInTheLegendNotPrintedOverEachOther()
    {
        // Given: on bases-cost the status quo and the observed outcome are both 75
        var (page, errors, _) = await Open();

        // When
        await page.GotoAsync($"/issue.html?id={Case}&issue=bases-cost");
        await page.Locator("#positions-chart canvas").WaitForAsync();
        var legend = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('positions-chart')).getOption().series.map(s => s.name)");
        var labelsShown = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.getElementById('positions-chart')).getOption().series.filter(s => s.markLine && s.markLine.label && s.markLine.label.show !== false).length");

        // Then
        legend.ShouldContain("status quo 75");
        legend.ShouldContain("observed 75");
        legend.ShouldContain(name => name.StartsWith("forecast ", StringComparison.Ordinal));
        labelsShown.ShouldBe(0);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Timeline_EveryColourHasALegendEntry()
    {
        // Given
        var (page, errors, _) = await Open();

        // When
        await page.GotoAsync($"/timeline.html?id={Case}");
        await page.Locator("#items li").First.WaitForAsync();
        var legend = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().legend[0].data");
        var series = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().series.map(s => s.name + '=' + s.color)");
        var itemColours = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().series.flatMap(s => s.data).filter(d => d.itemStyle && d.itemStyle.color).length");

        // Then
        legend.ShouldBe(["stimulus", "event", "the shock"]);
        series.Select(s => s.Split('=')[1]).Distinct().Count().ShouldBe(3);
        itemColours.ShouldBe(0);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scenarios_EverySliderShowsItsScale()
    {
        // Given
        var (page, errors, _) = await Open();

        // When
        await page.GotoAsync($"/scenarios.html?id={Case}");
        await page.Locator("#edited-table tbody tr").First.WaitForAsync();
        var sliders = await page.Locator("#sliders input[type=range], #ties input[type=range]").CountAsync();
        var scales = await page.Locator("#sliders .scale, #ties .scale").CountAsync();
        var salience = await page.Locator("#salience-bases-cost-abe-after-scale").TextContentAsync();
        var affinity = await page.Locator("#ties .scale").First.TextContentAsync();

        // Then
        sliders.ShouldBeGreaterThan(10);
        scales.ShouldBe(sliders);
        salience.ShouldBe("0 none1 all");
        affinity.ShouldBe("-1 hostile1 close");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Case_Description_RenderedFromMarkdown()
    {
        // Given
        var (page, errors, _) = await Open();

        // When
        await page.GotoAsync($"/case.html?id={Case}");
        await page.Locator("#description p").First.WaitForAsync();

        // Then: the reference case's description writes `late` as code
        (await page.Locator("#description code").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#description").TextContentAsync() ?? string.Empty).ShouldNotContain("`");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scenarios_MoveAPositionSlider_TheEditedLabelChanges()
    {
        // Given
        var (page, errors, _) = await Open();
        await page.GotoAsync($"/scenarios.html?id={Case}");
        var label = page.Locator("#edited-label-bases-cost");
        await Assertions.Expect(label).ToHaveTextAsync("none");

        // When: Trump's position after the election goes from 75 to 100 (the partner moves away from Abe's 75)
        await page.Locator("#position-bases-cost-trump-after").FillAsync("100");

        // Then: the edited analysis is one request; on a loaded 2-core machine it can take seconds, which is not what this checks.
        await Assertions.Expect(label).Not.ToHaveTextAsync("none", new() { Timeout = 15000 });
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Code_PastedTextWithScript_ShowsEventsAndTheScriptStaysInert()
    {
        // Given
        var (page, errors, _) = await Open();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync("/code.html");

        // When
        await page.Locator("#text").FillAsync("Japan criticized North Korea <script>alert(1)</script><img src=x onerror=alert(2)>.");
        await page.Locator("#date").FillAsync("2017-02-10");
        await page.Locator("#code").ClickAsync();
        await page.Locator("#events tbody tr").First.WaitForAsync();

        // Then
        (await page.Locator("#events tbody").TextContentAsync() ?? string.Empty).ShouldContain("<script>alert(1)</script>");
        (await page.Locator("#events script, #events img").CountAsync()).ShouldBe(0);
        (await page.Locator("#events tbody tr td").Nth(1).TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        var row = await page.Locator("#events tbody tr").First.TextContentAsync() ?? string.Empty;
        row.ShouldContain("Criticize or denounce");
        row.ShouldContain("ACCUSE");
        row.ShouldContain("verbal conflict");
        dialogs.ShouldBe(0);
        errors.ShouldBeEmpty();
    }

    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open()
    {
        var context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);
        return (page, errors, requests);
    }

    /// <summary>Months around the reference case's shock (2016-11-08), and one stray report dated 1990, as the coder dates anecdotes.</summary>
    private async Task SeedStore()
    {
        using var stray = await host.PostAsync("/api/events", new { text = "Japan praised the United States.", date = "1990-01-10" });
        foreach (var month in new[] { "2016-02", "2016-05", "2016-08", "2016-11", "2017-02", "2017-05", "2017-08" })
        {
            using var _ = await host.PostAsync("/api/events", new { text = "Japan praised the United States. The United States criticized Japan. Japan met the United States.", date = month + "-10" });
        }
    }

    /// <summary>
    /// Screenshots go to the git-ignored build folder <c>artifacts/screenshots/</c>, so a test run leaves the checkout clean;
    /// <c>eng/refresh-screenshots.sh</c> copies them over the README's in <c>docs/screenshots/</c>.
    /// </summary>
    internal static string ScreenshotFolder => RepoPaths.Of("artifacts", "screenshots");

    private static Task<byte[]> Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });
    }
}
