using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Statecraft.Coding.Ontology;
using Statecraft.Web.Services;

namespace Statecraft.Web.Api;

/// <summary>The body of <c>POST /api/code</c> and <c>POST /api/events</c>: a text and the date it was published.</summary>
public sealed record CodeRequest([property: JsonPropertyName("text")] string? Text, [property: JsonPropertyName("date")] string? Date);

/// <summary>The JSON API the pages use and scripts may call (documented at <c>/openapi/v1.json</c>).</summary>
internal static class ApiEndpoints
{
    /// <summary>Largest body <c>POST /api/code</c> and <c>POST /api/events</c> accept.</summary>
    public const long CodeBodyLimit = 256 * 1024;

    /// <summary>Largest body of a scenario edit.</summary>
    public const long EditBodyLimit = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/cases", (CaseCatalog catalog, AnalysisService analysis) => catalog.Ids().Select(analysis.SummaryOrError).ToList())
            .WithSummary("The cases served: id, title, focal state, partner, shock and period.");
        api.MapGet("/cases/{id}", (string id, AnalysisService analysis) => Json(analysis.CaseJsonOf(id)))
            .WithSummary("The case as `statecraft case show --format json` prints it.").Produces<JsonObject>();
        api.MapGet("/cases/{id}/analysis", (string id, string? scenario, AnalysisService analysis) => Json(analysis.Analysis(id, scenario)))
            .WithSummary("The `statecraft analyze --format json` object, with ?scenario=NAME applied when given.").Produces<JsonObject>();
        api.MapPost("/cases/{id}/analysis", (string id, ScenarioEdits edits, AnalysisService analysis) => Json(analysis.Edited(id, edits)))
            .WithSummary("The analysis with the editor's edits (setPosition and setTie, after an optional base scenario).").Produces<JsonObject>()
            .WithMetadata(new RequestSizeLimit(EditBodyLimit));
        api.MapGet("/cases/{id}/description", (string id, CaseCatalog catalog) => new JsonObject { ["html"] = MarkdownText.ToHtml(catalog.Get(id).Description ?? string.Empty) })
            .WithSummary("The case's description, a Markdown text, as HTML (raw HTML escaped, only http, https, mailto and relative links).");
        api.MapGet("/cameo", Cameo)
            .WithSummary("The CAMEO event codes the coder knows: label, quad class, Goldstein weight and PLOVER type per code.");
        api.MapGet("/cases/{id}/timeline", (string id, CaseCatalog catalog) => Timeline.Of(catalog.Get(id)))
            .WithSummary("The case's stimuli and events, dated, with quad class, evidence and citation.");
        api.MapGet("/cases/{id}/relations", Relations)
            .WithSummary("The dyad's monthly series from the event store with the shock analysis around the case's shock (needs --db).");
        api.MapPost("/code", (CodeRequest body, CoderService coder) => coder.Code(Text(body), body.Date))
            .WithSummary("Codes a text: the records `statecraft code --format jsonl` writes, as a JSON array.")
            .WithMetadata(new RequestSizeLimit(CodeBodyLimit));
        api.MapPost("/events", async (CodeRequest body, CoderService coder, StoreService store) => await store.Import(coder.Jsonl(Text(body), body.Date)))
            .WithSummary("Codes a text and adds its events to the event store (needs --db); duplicates are dropped.")
            .WithMetadata(new RequestSizeLimit(CodeBodyLimit));
        api.MapGet("/status", (StoreService store) => new JsonObject { ["store"] = store.Available })
            .WithSummary("What this dashboard can do: whether an event store is attached.");
        api.MapFallback(() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such API endpoint."));
    }

    private static async Task<JsonObject> Relations(string id, string? source, string? target, bool? both, CaseCatalog catalog, StoreService store)
    {
        var c = catalog.Get(id);
        var shock = c.FindStimulus(c.Shock) ?? throw new NotFoundException($"case '{id}' has no shock stimulus '{c.Shock}'");
        var result = await store.Relations(source ?? c.Focal, target ?? c.Partner, both ?? true, shock.Date.Start);
        result["case"] = c.Id;
        result["shock_id"] = c.Shock;
        return result;
    }

    private static JsonObject Cameo() => new(CameoOntology.All.Select(t => KeyValuePair.Create(t.Code, (JsonNode?)new JsonObject
    {
        ["label"] = t.Label,
        ["quad"] = t.Quad,
        ["goldstein"] = t.Goldstein,
        ["plover"] = t.Plover,
    })));

    private static string Text(CodeRequest body) => body.Text ?? throw new ArgumentException("the body needs a 'text' field");

    private static IResult Json(string json) => Results.Text(json, "application/json; charset=utf-8");

    /// <summary>A per-endpoint body limit that Kestrel enforces while the body is read (413 beyond it).</summary>
    private sealed class RequestSizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
