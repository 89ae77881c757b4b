using System.Net;
using System.Net.Http.Headers;
using Statecraft.Testing;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Tests.Security;

public class TokenGateTests
{
    private const string Token = "0123456789abcdef-secret";

    [Fact]
    public void Build_NonLoopbackHostWithoutToken_Throws()
    {
        // Given
        var options = new WebOptions { CasesDirectory = RepoPaths.Of("cases"), Host = "0.0.0.0", Port = 0 };

        // When
        var error = Should.Throw<ArgumentException>(() => StatecraftWeb.Build(options));

        // Then
        error.Message.ShouldContain("--token");
    }

    [Fact]
    public async Task Request_WithoutOrWithWrongToken_Returns401AndWithBearerTokenPasses()
    {
        // Given
        var (app, address) = await WebHost.StartAsync(new WebOptions { CasesDirectory = RepoPaths.Of("cases"), Port = 0, Token = Token });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var ct = TestContext.Current.CancellationToken;

        // When
        using var anonymous = await client.GetAsync("/api/cases", ct);
        using var wrong = await client.SendAsync(Request("/api/cases", "not-the-token"), ct);
        using var right = await client.SendAsync(Request("/api/cases", Token), ct);

        // Then
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginLink_FirstUse_SetsTheCookieAndCannotBeReplayed()
    {
        // Given
        var (app, address) = await WebHost.StartAsync(new WebOptions { CasesDirectory = RepoPaths.Of("cases"), Port = 0, Token = Token });
        await using var _ = app;
        var link = new Uri(StatecraftWeb.LoginLink(app)!);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = address };
        using var other = new HttpClient { BaseAddress = address };
        var ct = TestContext.Current.CancellationToken;

        // When
        using var login = await browser.GetAsync(link, ct);
        using var afterLogin = await browser.GetAsync("/api/cases", ct);
        using var replay = await other.GetAsync(link, ct);

        // Then
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterLogin.StatusCode.ShouldBe(HttpStatusCode.OK);
        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage Request(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
