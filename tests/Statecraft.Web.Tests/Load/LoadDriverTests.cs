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
        var result = await LoadDriver.RunAsync(host.BaseAddress, paths, 50, TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        // Then
        result.Errors.ShouldBe(0);
        result.Requests.ShouldBeGreaterThan(50);
        result.P99Ms.ShouldBeGreaterThanOrEqualTo(result.MedianMs);
    }
}
