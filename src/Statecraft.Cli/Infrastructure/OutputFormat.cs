namespace Statecraft.Cli.Infrastructure;

/// <summary>The <c>--format</c> of commands that print terminal tables or JSON.</summary>
public enum TableFormat
{
    /// <summary>Terminal tables.</summary>
    Table,

    /// <summary>JSON on standard output.</summary>
    Json,
}

/// <summary>The <c>--format</c> of <c>events series</c>.</summary>
public enum SeriesFormat
{
    /// <summary>A terminal table.</summary>
    Table,

    /// <summary>CSV, one row per period.</summary>
    Csv,

    /// <summary>JSON, one object per period.</summary>
    Json,
}
