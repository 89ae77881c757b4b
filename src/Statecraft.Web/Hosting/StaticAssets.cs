using System.Collections.Frozen;

namespace Statecraft.Web.Hosting;

/// <summary>
/// The pages, scripts, styles and the charting library, embedded in the assembly at build time. Only these names are
/// served: no request path reaches the file system.
/// </summary>
internal sealed class StaticAssets : IMiddleware
{
    private const string Prefix = "wwwroot/";

    private readonly FrozenDictionary<string, (byte[] Body, string Type)> _files;

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => "/" + n[Prefix.Length..], n => (Read(assembly, n), TypeOf(n)), StringComparer.Ordinal);
    }

    public IEnumerable<string> Paths => _files.Keys;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/")
        {
            path = "/index.html";
        }

        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && _files.TryGetValue(path, out var file))
        {
            context.Response.ContentType = file.Type;
            context.Response.ContentLength = file.Body.Length;
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.Body.WriteAsync(file.Body);
            return;
        }

        await next(context);
    }

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
