using System.Text.Json;
using Statecraft.Web.Api;
using Statecraft.Web.Security;
using Statecraft.Web.Services;

namespace Statecraft.Web.Hosting;

/// <summary>Builds the dashboard host: the library services, the JSON API, the embedded pages and the access rules.</summary>
public static class StatecraftWeb
{
    /// <summary>Largest request body of any endpoint without its own limit.</summary>
    public const long DefaultBodyLimit = 256 * 1024;

    /// <summary>A host configured by <paramref name="options"/>, not yet started; throws <see cref="ArgumentException"/> for refused options.</summary>
    public static WebApplication Build(WebOptions options, ILoggerProvider? log = null)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StatecraftWeb).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = DefaultBodyLimit;
            k.Listen(options.Address, options.Port);
        });
        AddServices(builder.Services, options);
        var app = builder.Build();
        app.UseMiddleware<ErrorResponses>();
        app.Use(SecurityHeaders);
        app.UseMiddleware<TokenGate>();
        app.UseMiddleware<StaticAssets>();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, WebOptions options)
    {
        services.AddSingleton(new TokenGate(options.Token));
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<ErrorResponses>();
        services.AddSingleton(new CaseCatalog(options.CasesDirectory, options.StructuralTables));
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<CoderService>();
        services.AddSingleton(new StoreService(options.DatabasePath));
        services.AddOpenApi();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
    }

    /// <summary>The one-time login link of a token-protected host (null without a token); print it at start-up.</summary>
    public static string? LoginLink(WebApplication app)
    {
        var gate = app.Services.GetRequiredService<TokenGate>();
        return gate.LoginCode is null ? null : $"{app.Urls.First()}{TokenGate.LoginPath}?code={gate.LoginCode}";
    }

    /// <summary>Pages load scripts, styles and data from this host only; nothing is fetched from elsewhere.</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
