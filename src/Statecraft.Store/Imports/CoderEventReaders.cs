using System.Text.Json;

namespace Statecraft.Store.Imports;

/// <summary>Reads the event coder's JSONL output: one JSON object per line; blank lines are ignored.</summary>
internal sealed class JsonlEventReader : IEventReader
{
    public IEnumerable<ReadRow> Read(TextReader reader, string file, CancellationToken cancellationToken)
    {
        long number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(line, file, number);
            }
        }
    }

    private static ReadRow ParseLine(string line, string file, long number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? CoderRecordParser.Parse(new JsonCoderFields(document.RootElement), file, number)
                : ReadRow.Bad(file, number, string.Empty, "expected a JSON object");
        }
        catch (JsonException ex)
        {
            return ReadRow.Bad(file, number, string.Empty, "not valid JSON: " + ex.Message);
        }
    }
}
