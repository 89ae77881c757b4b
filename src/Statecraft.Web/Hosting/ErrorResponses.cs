using System.Text.Json;
using System.Text.Json.Nodes;
using Statecraft.Cases.Diagnostics;
using Statecraft.Web.Security;
using Statecraft.Web.Services;

namespace Statecraft.Web.Hosting;

/// <summary>Turns every failure into a JSON problem with a status code; the exception itself stays in the server's log.</summary>
internal sealed class ErrorResponses(ILogger<ErrorResponses> log) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
            if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentType: null })
            {
                // Errors the framework answers itself (body over the limit, unknown path) get a problem body too.
                await Problems.Write(context, context.Response.StatusCode, Title(context.Response.StatusCode), null);
            }
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, title, detail, errors) = Describe(error);
            if (status >= 500)
            {
                log.LogError(error, "request {Path} failed", context.Request.Path);
            }

            context.Response.Clear();
            await Problems.Write(context, status, title, detail, errors);
        }
    }

    private static (int Status, string Title, string? Detail, JsonArray? Errors) Describe(Exception error) => error switch
    {
        NotFoundException e => (StatusCodes.Status404NotFound, "Not found", e.Message, null),
        InvalidInputException e => (StatusCodes.Status422UnprocessableEntity, "Invalid input", "The case or the edits are not valid.", Errors(e)),
        BadHttpRequestException e => (e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request", BadRequestDetail(e), null),
        JsonException => (StatusCodes.Status400BadRequest, "Bad request", "The body is not the JSON this endpoint expects.", null),
        ArgumentException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message, null),
        _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server could not answer; its log has the details.", null),
    };

    private static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Bad request",
    };

    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is larger than this endpoint accepts."
        : e.InnerException is JsonException ? "The body is not the JSON this endpoint expects." : "The request could not be read.";

    /// <summary>Each problem as <c>{ file, line, column, field, message }</c>, the file without its folder.</summary>
    private static JsonArray Errors(InvalidInputException e) =>
        [.. e.Errors.Select(x => (JsonNode)new JsonObject { ["file"] = Path.GetFileName(x.File), ["line"] = x.Line, ["column"] = x.Column, ["field"] = x.Field, ["message"] = x.Message })];
}
