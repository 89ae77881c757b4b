using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Store.Database;

namespace Statecraft.Store.Structural;

/// <summary>
/// The tables structural references name, read from a store's <c>state_years</c> table (filled by <c>statecraft data
/// import</c> from the same published files). The store is opened read-only for each reference and closed again.
/// </summary>
/// <param name="path">An existing store file; the caller checks that it exists, since opening would create one.</param>
public sealed class StoreStructuralTables(string path) : IStructuralTables
{
    public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear)
    {
        var column = PublishedTables.Column(table);
        var factor = PublishedTables.ToCaseUnit(table);
        using var store = EventStore.OpenRead(path);
        var years = new StateYearReader(store).Read([state], fromYear, toYear)
            .Where(row => row[column] is not null)
            .ToDictionary(row => row.Year, row => row[column]!.Value * factor);
        return new StructuralTableRead($"state_years ({column.SqlName()}) in {path}", years);
    }
}
