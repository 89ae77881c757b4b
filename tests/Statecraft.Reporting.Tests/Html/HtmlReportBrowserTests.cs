using Microsoft.Playwright;
using Statecraft.Reporting.Html;
using Statecraft.Testing;

namespace Statecraft.Reporting.Tests.Html;

/// <summary>The report opens in headless Chromium with no console errors and no network requests.</summary>
public class HtmlReportBrowserTests
{
    [Fact]
    public async Task Report_OpensWithoutConsoleErrorsOrRequests()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        HtmlReport.WriteFile(path, ReportFixture.Input);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);

        // When
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // Then
        errors.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith("file://", StringComparison.Ordinal));
        (await page.Locator("svg").CountAsync()).ShouldBeGreaterThanOrEqualTo(7);
        (await page.TitleAsync()).ShouldContain("Statecraft report");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = dir.File("report.png"), FullPage = false });
        new FileInfo(dir.File("report.png")).Length.ShouldBeGreaterThan(1000);
    }
}
