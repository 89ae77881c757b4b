using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Statecraft.Testing;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Tests;

/// <summary>The dashboard started on 127.0.0.1 with a free port over the repository's cases and a fresh event store.</summary>
public sealed class WebHost : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DatabasePath => _dir.File("events.duckdb");

    public async ValueTask InitializeAsync()
    {
        (App, BaseAddress) = await StartAsync(new WebOptions { CasesDirectory = RepoPaths.Of("cases"), DatabasePath = DatabasePath, Port = 0 });
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Starts a host with <paramref name="options"/> and returns it with its address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebOptions options)
    {
        var app = StatecraftWeb.Build(options);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return (app, new Uri(app.Urls.First()));
    }

    /// <summary>POSTs <paramref name="body"/> as JSON.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body) =>
        Client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        _dir.Dispose();
    }
}

/// <summary>One host shared by every test class of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class WebHostCollection : ICollectionFixture<WebHost>
{
    public const string Name = "web host";
}
