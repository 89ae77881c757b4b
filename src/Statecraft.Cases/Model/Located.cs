namespace Statecraft.Cases.Model;

/// <summary>Where a piece of a case was written: file, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// A record read from a case file, remembering where it and each of its fields were written,
/// so that every validation message can point at the exact line and column.
/// </summary>
public abstract record Located
{
    /// <summary>Where the record starts.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The field path of the record, such as <c>issues[2].positions[0]</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Where each field's value starts, by key.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Fields { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where <paramref name="field"/> was written, or the record's start when it was not.</summary>
    public SourceLocation At(string field) => Fields.TryGetValue(field, out var at) ? at : Location;

    /// <summary>The full field path of <paramref name="field"/>.</summary>
    public string PathOf(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    // Locations describe where a value was read, not what it is: two records with the same content are equal.
    public virtual bool Equals(Located? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}

/// <summary>Where a fact comes from: a source id from the case's works cited, or the analyst's stated judgement.</summary>
/// <param name="Source">Id of an entry in <see cref="Case.Sources"/>.</param>
/// <param name="Judgement">One sentence of reasoning for an analyst's estimate.</param>
public sealed record Provenance(string? Source, string? Judgement)
{
    public static Provenance None { get; } = new(null, null);

    public bool IsGiven => !string.IsNullOrWhiteSpace(Source) || !string.IsNullOrWhiteSpace(Judgement);
}
