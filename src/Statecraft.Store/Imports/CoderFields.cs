using System.Text.Json;

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
