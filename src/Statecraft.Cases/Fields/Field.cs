using Statecraft.Cases.Model;

namespace Statecraft.Cases.Fields;

/// <summary>What a field's value names; the validator checks that the named thing exists (docs/case-format.md, "Adding a field").</summary>
internal enum Refers
{
    Nothing,
    Actor,
    State,
    Issue,
    Period,
    Entry,
}

/// <summary>
/// One field of a case record, declared once in the record's <see cref="RecordShape{T}"/>: its YAML name, its JSON name,
/// its type (the codec), whether it is required, what it refers to and the range its numbers must lie in. Reading,
/// writing, the JSON form and the validator's reference, range and provenance checks all derive from this declaration.
/// </summary>
internal sealed class Field<T>
    where T : Located
{
    /// <summary>The key in the case file.</summary>
    public required string Name { get; init; }

    /// <summary>The key in the JSON form: the YAML name in snake_case unless the declaration says otherwise.</summary>
    public required string JsonName { get; init; }

    public required FieldCodec Codec { get; init; }

    /// <summary>Whether a record without this field is left out (after its error is reported).</summary>
    public bool Required { get; init; }

    public Refers Refers { get; init; }

    /// <summary>The closed range every number of the field must lie in, or null for any number.</summary>
    public (double Min, double Max)? Within { get; init; }

    internal required Func<T, object?> Get { get; init; }

    internal required Func<T, object, T> Set { get; init; }
}
