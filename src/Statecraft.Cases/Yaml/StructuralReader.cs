using Statecraft.Cases.Model;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Reads a <c>structural</c> entry: a figure (read from <see cref="StructuralFigure"/>'s shape) or a reference to a
/// published table. A reference's <c>year</c> and <c>years</c> are two spellings of one span, and the fields of a figure
/// are refused on it, so it is read here rather than from a shape.
/// </summary>
internal static class StructuralReader
{
    private static readonly string[] LiteralOnly = ["indicator", "value", "unit", "judgement"];

    /// <summary>A <c>structural</c> entry: a reference when it names a <c>table</c>, else a literal figure.</summary>
    public static Located? Entry(MapReader r) => r.Has("table") ? Reference(r) : StructuralFigure.Shape.Read(r);

    /// <summary>
    /// <c>{ state, year | years: [from, to], table, source }</c>: the table gives the indicator, the values and their unit,
    /// so the fields of a literal figure are refused rather than silently ignored.
    /// </summary>
    public static StructuralReference? Reference(MapReader r)
    {
        var state = r.String("state", required: true);
        var table = r.Enum<StructuralTable>("table", required: true);
        var years = Years(r);
        var source = r.String("source", required: true);
        foreach (var key in LiteralOnly.Where(r.Has))
        {
            r.MarkRead(key);
            r.Report(r.Node(key)!, r.FieldPath(key), $"a reference reads '{key}' from its table; write either a figure with value or a reference with table, not both");
        }

        return state is null || table is null || years is null || source is null
            ? null
            : r.Locate(new StructuralReference(state, years.Value.From, years.Value.To, table.Value, new Provenance(source, null)));
    }

    /// <summary><c>year: Y</c> (one year) or <c>years: [from, to]</c> (every year from one to the other); exactly one.</summary>
    private static (int From, int To)? Years(MapReader r)
    {
        if (r.Has("year") == r.Has("years"))
        {
            r.Report(r.Node("years") ?? r.Node("year") ?? r.Root, r.FieldPath("years"), "a reference needs 'year: Y' or 'years: [from, to]' (one of them)");
            r.MarkRead("year");
            r.MarkRead("years");
            return null;
        }

        if (r.Has("year"))
        {
            return r.Integer("year") is { } year ? (year, year) : null;
        }

        var range = r.Interval("years");
        if (range is not { } span)
        {
            return null;
        }

        if (span.Low != Math.Floor(span.Low) || span.High != Math.Floor(span.High) || span.Low > span.High || span.Low < 1 || span.High > 9999)
        {
            r.Report(r.Node("years")!, r.FieldPath("years"), "expected [from, to]: two whole years, from not after to");
            return null;
        }

        return ((int)span.Low, (int)span.High);
    }
}
