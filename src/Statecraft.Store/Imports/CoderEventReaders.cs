using System.Text.Json;
using Statecraft.Cases.Diagnostics;

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

/// <summary>Reads the coder's fields as comma-separated columns under a header row (any column order).</summary>
internal sealed class CsvEventReader : IEventReader
{
    public IEnumerable<ReadRow> Read(TextReader reader, string file, CancellationToken cancellationToken)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }

        var fields = new DelimitedLine(',');
        fields.Split(first);
        var columns = CsvCoderFields.Columns(fields, file);
        if (!columns.ContainsKey("date") || !columns.ContainsKey("cameo"))
        {
            throw new InvalidInputException(new InputError(file, 1, 0, string.Empty, "the header must name at least the columns date and cameo"));
        }

        long number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Length == 0)
            {
                continue;
            }

            yield return !fields.Split(line)
                ? ReadRow.Bad(file, number, string.Empty, "a quoted field is not closed")
                : fields.Count != columns.Count
                    ? ReadRow.Bad(file, number, string.Empty, $"expected {columns.Count} columns, found {fields.Count}")
                    : CoderRecordParser.Parse(new CsvCoderFields(fields, columns), file, number);
        }
    }
}
