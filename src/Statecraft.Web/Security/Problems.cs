using System.Text.Json.Nodes;

namespace Statecraft.Web.Security;

/// <summary>Writes an RFC 9457 problem details body: what the client gets for every error, never a stack trace.</summary>
internal static class Problems
{
    public static Task Write(HttpContext context, int status, string title, string? detail, JsonArray? errors = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var body = new JsonObject { ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return context.Response.WriteAsync(body.ToJsonString());
    }
}
