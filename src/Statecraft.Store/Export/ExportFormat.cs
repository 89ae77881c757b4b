namespace Statecraft.Store.Export;

/// <summary>The layouts <c>events export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet, written by DuckDB.</summary>
    Parquet,

    /// <summary>The coder's fields as CSV with a header (issues joined with <c>;</c>); <c>events import --format csv</c> reads it back.</summary>
    Csv,

    /// <summary>One JSON object per line in the coder's layout; <c>events import --format jsonl</c> reads it back.</summary>
    Jsonl,
}
