using System.Text.Json.Nodes;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Output;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Web.Services;

/// <summary>The event coder with its built-in dictionaries, built once, answering with the records <c>statecraft code --format jsonl</c> writes.</summary>
public sealed class CoderService
{
    /// <summary>Largest text one request may code, in characters (the request body limit is set to match).</summary>
    public const int MaxTextLength = 200_000;

    private readonly Lazy<CoderPipeline> _pipeline = new(() =>
        new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { DegreeOfParallelism = 1 }).Build());

    /// <summary>The coder's JSONL records for <paramref name="text"/>, one JSON object each.</summary>
    public JsonArray Code(string text, string? date) => Parse(Jsonl(text, date));

    /// <summary>The records as JSONL text, the layout the event store imports.</summary>
    public string Jsonl(string text, string? date)
    {
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"text is longer than {MaxTextLength} characters");
        }

        PartialDate? documentDate = string.IsNullOrWhiteSpace(date) ? null
            : DocumentDates.TryParse(date, out var parsed) ? parsed
            : throw new ArgumentException($"date '{date}' is not YYYY-MM-DD, YYYY-MM or YYYY");
        using var writer = new StringWriter();
        var events = new EventWriter(writer, EventFormat.Jsonl);
        foreach (var coded in _pipeline.Value.Code(new Document("dashboard", text, documentDate)))
        {
            events.Write(coded);
        }

        return writer.ToString();
    }

    private static JsonArray Parse(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => JsonNode.Parse(line))];
}
