using System.Text.Json;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Evaluation;

/// <summary>
/// Scores a pipeline on the two public validation sets the issue names (docs/coding-rules.md, "Accuracy"):
/// PETRARCH-2's GigaWord validation records and the PLOVER gold-standard sentences.
/// </summary>
internal static class ValidationSets
{
    /// <summary>PLOVER's 2016 event names as the 2021 CAMEO table names them (DEMAND became REQUEST, ...).</summary>
    private static readonly Dictionary<string, string> PloverRenames = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    /// <summary>
    /// PETR2_GSR_validation.xml: per record, each expected event is matched by source and target country (the ISO
    /// prefix of the CAMEO code, or the whole code for organisations; either order for consultations and
    /// agreements), quad class, and a date within the record's day.
    /// </summary>
    public static AccuracyScore ScorePetrarchValidation(CoderPipeline pipeline, string xml) =>
        ScorePetrarchValidation(xml, (record, date) => pipeline.Code(new Document(record.Id, record.Text, date)));

    /// <summary>The same score for any coder of a record at its date (the parity mode codes from the record's parse).</summary>
    internal static AccuracyScore ScorePetrarchValidation(string xml, Func<PetrarchRecord, PartialDate, IReadOnlyList<CodedEvent>> code)
    {
        var total = new AccuracyScore(0, 0, 0, 0);
        foreach (var record in PetrarchXmlRecords.Scan(xml))
        {
            if (!DocumentDates.TryParse(record.Date, out var date))
            {
                continue;
            }

            var events = code(record, date).Where(e => !e.Negated).ToList();
            var gold = record.Expected.Where(e => CameoOntology.IsCode(e.Code)).ToList();
            bool Matches(CodedEvent e, PetrarchExpectedEvent g) =>
                e.Type.Quad == CameoOntology.Get(g.Code).Quad && e.Date is { } d && d.Start >= date.Start && d.End <= date.End
                && SameActors(Key(e.Source), Key(e.Target), Key(g.Source), Key(g.Target), Mutual(g.Code));
            total += new AccuracyScore(events.Count, events.Count(e => gold.Any(g => Matches(e, g))), gold.Count, gold.Count(g => events.Any(e => Matches(e, g))));
        }

        return total;
    }

    /// <summary>
    /// PLOVER_GSR_CAMEO.json: per sentence, an extracted event matches when its PLOVER type equals the record's and
    /// its source and target countries are among the record's source and target actors. The records carry no real
    /// dates (2000-01-01), so dates are not scored.
    /// </summary>
    public static AccuracyScore ScorePlover(CoderPipeline pipeline, string json)
    {
        using var document = JsonDocument.Parse(json);
        var total = new AccuracyScore(0, 0, 0, 0);
        foreach (var record in document.RootElement.EnumerateArray())
        {
            if (!record.TryGetProperty("text", out var text) || !record.TryGetProperty("event", out var type))
            {
                continue;
            }

            var expected = PloverRenames.GetValueOrDefault(type.GetString()!, type.GetString()!);
            var sources = Codes(record, "source");
            var targets = Codes(record, "target");
            var events = pipeline.Code(new Document(record.GetProperty("id").GetString()!, text.GetString()!, null)).Where(e => !e.Negated).ToList();
            var correct = events.Count(e => e.Type.Plover == expected && sources.Contains(Key(e.Source)) && targets.Contains(Key(e.Target)));
            total += new AccuracyScore(events.Count, correct, 1, correct > 0 ? 1 : 0);
        }

        return total;
    }

    private static HashSet<string> Codes(JsonElement record, string field) =>
        record.TryGetProperty(field, out var actors) && actors.ValueKind == JsonValueKind.Array
            ? actors.EnumerateArray().Where(a => a.TryGetProperty("code", out _)).Select(a => Key(a.GetProperty("code").GetString() ?? string.Empty)).ToHashSet(StringComparer.Ordinal)
            : [];

    /// <summary>The state of an actor code (its ISO alpha-3 prefix), or the code itself for organisations.</summary>
    private static string Key(string code) => CodedReference.CountryOf(code) ?? code;

    private static bool Mutual(string code) => code.StartsWith("04", StringComparison.Ordinal) || code is "036" or "057" or "030";

    private static bool SameActors(string source, string target, string goldSource, string goldTarget, bool mutual) =>
        (source == goldSource && target == goldTarget) || (mutual && source == goldTarget && target == goldSource);
}
