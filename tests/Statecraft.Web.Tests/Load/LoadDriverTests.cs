using Statecraft.Benchmarks.Web;

namespace Statecraft.Web.Tests.Load;

[Collection(WebHostCollection.Name)]
public class LoadDriverTests(WebHost host)
{
    [Fact]
    public async Task RunAsync_FiftyClientsOnTheOverviewAndIssueApi_AnswersEveryRequest()
    {
        // Given
        string[] paths = ["/api/cases/japan-us-2016", "/api/cases/japan-us-2016/analysis", "/case.html?id=japan-us-2016"];

        // When
        // (no time budget: every client makes each request once, so the count does not depend on the machine's speed)
        var result = await LoadDriver.RunAsync(host.BaseAddress, paths, 50, TimeSpan.Zero, paths.Length, TestContext.Current.CancellationToken);

        // Then
        result.Errors.ShouldBe(0);
        result.Requests.ShouldBe(50 * paths.Length);
        result.P99Ms.ShouldBeGreaterThanOrEqualTo(result.MedianMs);
    }
}
