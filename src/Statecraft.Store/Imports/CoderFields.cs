using System.Globalization;
using System.Text.Json;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Imports;

/// <summary>The named fields of one coder record, whether it came from a JSON object or a CSV row.</summary>
internal abstract class CoderFields
{
    /// <summary>The field as text (numbers and booleans in invariant form), or null when absent or null.</summary>
    public abstract string? Get(string name);

    /// <summary>The issue tags.</summary>
    public abstract IReadOnlyList<string> Issues();
}

/// <summary>A coder record read from one JSONL line.</summary>
internal sealed class JsonCoderFields(JsonElement record) : CoderFields
{
    public override string? Get(string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => throw new FormatException($"'{name}' must be a string, number or boolean"),
        };
    }

    public override IReadOnlyList<string> Issues()
    {
        if (!record.TryGetProperty("issues", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("'issues' must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String
            ? i.GetString()!
            : throw new FormatException("'issues' must be an array of strings"))];
    }
}

/// <summary>A coder record read from one CSV row; issues are separated by <c>;</c>.</summary>
internal sealed class CsvCoderFields(DelimitedLine fields, IReadOnlyDictionary<string, int> columns) : CoderFields
{
    public override string? Get(string name)
    {
        if (!columns.TryGetValue(name, out var index) || index >= fields.Count)
        {
            return null;
        }

        var text = fields.Text(index);
        return text.Length == 0 ? null : text;
    }

    public override IReadOnlyList<string> Issues() =>
        Get("issues")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The column index of each header name.</summary>
    /// <exception cref="InvalidInputException">Two columns have the same name.</exception>
    public static Dictionary<string, int> Columns(DelimitedLine header, string file)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header.Text(i).Trim();
            if (!columns.TryAdd(name, i))
            {
                throw new InvalidInputException(new InputError(file, 1, i + 1, name,
                    $"the header names column '{name}' twice (columns {columns[name] + 1} and {i + 1}); is the first line a header?"));
            }
        }

        return columns;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
