using System.Globalization;
using System.Text;
using System.Text.Json;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Documents;

/// <summary>
/// Streams JSON Lines records <c>{"id", "date", "text"}</c> as documents, one line at a time, so memory stays
/// constant in the file size. Bad records (invalid JSON or UTF-8, no text, bad date, over
/// <see cref="MaxRecordBytes"/>) are skipped and counted.
/// </summary>
internal static class JsonlDocuments
{
    /// <summary>A record longer than this is skipped without being held in memory.</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(false, true);

    public static IEnumerable<Document> Read(Stream stream, string file, PartialDate? defaultDate, InputProblems problems)
    {
        var lineNumber = 0;
        foreach (var line in BoundedLines.Read(stream, MaxRecordBytes))
        {
            lineNumber++;
            if (line.Overlong)
            {
                problems.SkipRecord(file, lineNumber, string.Empty, $"record longer than {MaxRecordBytes / (1024 * 1024)} MB skipped");
                continue;
            }

            var document = Parse(line.Bytes, file, lineNumber, defaultDate, problems);
            if (document is not null)
            {
                yield return document;
            }
        }
    }

    private static Document? Parse(byte[] bytes, string file, int line, PartialDate? defaultDate, InputProblems problems)
    {
        if (bytes.AsSpan().Trim((byte)' ').Trim((byte)'\r').IsEmpty)
        {
            return null;
        }

        try
        {
            Strict.GetCharCount(bytes);
            using var json = JsonDocument.Parse(bytes);
            return FromRecord(json.RootElement, file, line, defaultDate, problems);
        }
        catch (DecoderFallbackException)
        {
            problems.SkipRecord(file, line, string.Empty, "record is not valid UTF-8");
        }
        catch (JsonException ex)
        {
            problems.SkipRecord(file, line, string.Empty, "record is not valid JSON: " + ex.Message);
        }

        return null;
    }

    private static Document? FromRecord(JsonElement record, string file, int line, PartialDate? defaultDate, InputProblems problems)
    {
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            problems.SkipRecord(file, line, "text", "record has no \"text\" string");
            return null;
        }

        var id = record.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idElement.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{line}");
        var date = defaultDate;
        if (record.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
        {
            if (!DocumentDates.TryParse(dateElement.GetString(), out var parsed))
            {
                problems.SkipRecord(file, line, "date", $"date '{dateElement.GetString()}' is not YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD");
                return null;
            }

            date = parsed;
        }

        return new Document(id, text.GetString()!, date);
    }
}
