using Statecraft.Cases.Model;

namespace Statecraft.Cases.Structural;

/// <summary>
/// Where a host reads the tables that structural references name: the shared CSV files, or a store they were
/// imported into. The case library knows the tables by name only; reading them is the host's business.
/// </summary>
public interface IStructuralTables
{
    /// <summary>
    /// The figures of <paramref name="table"/> for <paramref name="state"/> (ISO alpha-3) from <paramref name="fromYear"/> to
    /// <paramref name="toYear"/>, in the case unit of the table's indicator (<see cref="StructuralTables.UnitOf"/>).
    /// </summary>
    StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear);
}

/// <summary>What a table gave for one state.</summary>
/// <param name="Origin">Where the figures were read (a file, a store), named in messages.</param>
/// <param name="Values">The figures by year; a year the table has no figure for is absent.</param>
/// <param name="Problem">Why the table could not be read at all (no such file, no tables given), or null.</param>
public sealed record StructuralTableRead(string Origin, IReadOnlyDictionary<int, double> Values, string? Problem = null)
{
    /// <summary>A table that cannot be read: every reference to it is an input error saying <paramref name="problem"/>.</summary>
    public static StructuralTableRead Unavailable(string origin, string problem) => new(origin, new Dictionary<int, double>(), problem);
}
