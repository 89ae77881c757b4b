namespace Statecraft.Coding.Output;

/// <summary>Output formats of coded events.</summary>
public enum EventFormat
{
    /// <summary>JSON Lines: one object per event with the contract's snake_case field names.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row (RFC 4180 quoting); issues joined by ';'.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row; tabs and line breaks in text become spaces.</summary>
    Tsv,
}
