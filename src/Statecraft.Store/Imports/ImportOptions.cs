namespace Statecraft.Store.Imports;

/// <summary>How an import treats bad rows and reports progress.</summary>
public sealed record ImportOptions
{
    /// <summary>Fail on the first malformed row (the import then adds nothing). Default: false, bad rows are counted and skipped.</summary>
    public bool Strict { get; init; }

    /// <summary>How many row errors the result carries in memory; every one is stored in <c>import_errors</c>. Default 20.</summary>
    public int ReportedErrors { get; init; } = 20;

    /// <summary>Called with the number of rows read so far, about every <see cref="ProgressEvery"/> rows.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is called, in rows (rounded up to whole batches of 8,192). Default 65,536.</summary>
    public int ProgressEvery { get; init; } = 65_536;
}
