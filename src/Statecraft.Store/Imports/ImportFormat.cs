namespace Statecraft.Store.Imports;

/// <summary>The event file layouts the store reads.</summary>
public enum ImportFormat
{
    /// <summary>The event coder's output: one JSON object per line (<c>docs/store.md</c>).</summary>
    Jsonl,

    /// <summary>The coder's fields as comma-separated columns with a header (the layout <c>events export --format csv</c> writes).</summary>
    Csv,

    /// <summary>GDELT 1.0 event export: 57 or 58 tab-separated columns, or the comma-separated <c>NA</c> variant with a header.</summary>
    Gdelt1,

    /// <summary>GDELT 2.0 event export: 61 tab-separated columns.</summary>
    Gdelt2,

    /// <summary>ICEWS coded event file: tab-separated with the ICEWS header row.</summary>
    Icews,
}
