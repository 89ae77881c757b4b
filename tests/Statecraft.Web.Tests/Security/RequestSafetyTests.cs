using System.Net;
using System.Text;

namespace Statecraft.Web.Tests.Security;

[Collection(WebHostCollection.Name)]
public class RequestSafetyTests(WebHost host)
{
    [Theory]
    [InlineData("/api/cases/..%2F..%2F..%2Fetc%2Fpasswd/analysis")]
    [InlineData("/api/cases/..%2Fcases%2Fjapan-us-2016/analysis")]
    [InlineData("/api/cases/%2Fetc%2Fpasswd")]
    [InlineData("/api/cases/..")]
    [InlineData("/api/cases/.git")]
    [InlineData("/api/cases/japan-us-2016%2Fcase.yaml")]
    public async Task GetCase_PathOutsideTheCaseFolders_Returns404Problem(string path)
    {
        // When
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("root:");
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task GetCase_NulInThePath_IsRejected()
    {
        // When
        using var response = await host.Client.GetAsync("/api/cases/japan-us-2016%00/analysis", TestContext.Current.CancellationToken);

        // Then
        ((int)response.StatusCode).ShouldBeInRange(400, 404);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/Statecraft.Web.csproj")]
    [InlineData("/wwwroot/index.html")]
    public async Task GetFile_PathOutsideTheEmbeddedPages_IsNotServed(string path)
    {
        // When
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("root:");
        body.ShouldNotContain("<Project");
    }

    [Fact]
    public async Task PostCode_BodyOverTheLimit_Returns413Problem()
    {
        // Given
        var text = new string('a', 300 * 1024);
        using var content = new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, "application/json");

        // When
        using var response = await host.Client.PostAsync("/api/code", content, TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task PostCode_MalformedJson_Returns400ProblemWithoutStackTrace()
    {
        // Given
        using var content = new StringContent("{\"text\": ", Encoding.UTF8, "application/json");

        // When
        using var response = await host.Client.PostAsync("/api/code", content, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("\"status\":400");
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task GetPage_AnyPage_SendsAContentSecurityPolicyThatAllowsNoOtherOrigin()
    {
        // When
        using var response = await host.Client.GetAsync("/scenarios.html", TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        string.Join(' ', response.Headers.GetValues("Content-Security-Policy")).ShouldContain("script-src 'self'");
    }
}
