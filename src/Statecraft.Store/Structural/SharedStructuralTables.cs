using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;

namespace Statecraft.Store.Structural;

/// <summary>
/// The tables structural references name, read from the shared structural folder (<c>$STATECRAFT_SHARED/data/structural</c>)
/// with the importer's readers. A table's file is read once, when a reference first names it.
/// </summary>
public sealed class SharedStructuralTables(string folder) : IStructuralTables
{
    private readonly Dictionary<StructuralTable, (string Origin, Dictionary<(string, int), double>? Values, string? Problem)> _tables = [];

    public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear)
    {
        var (origin, values, problem) = Load(table);
        if (values is null)
        {
            return StructuralTableRead.Unavailable(origin, problem!);
        }

        var factor = PublishedTables.ToCaseUnit(table);
        var years = new Dictionary<int, double>();
        for (var year = fromYear; year <= toYear; year++)
        {
            if (values.TryGetValue((state, year), out var value))
            {
                years[year] = value * factor;
            }
        }

        return new StructuralTableRead(origin, years);
    }

    private (string Origin, Dictionary<(string, int), double>? Values, string? Problem) Load(StructuralTable table)
    {
        if (_tables.TryGetValue(table, out var loaded))
        {
            return loaded;
        }

        var pattern = PublishedTables.FilePattern(table);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToList() : [];
        loaded = files.Count switch
        {
            0 => (folder, null, Directory.Exists(folder) ? $"no file {pattern} in {folder}" : $"the structural folder {folder} does not exist"),
            1 => (files[0], Values(table, files[0]), null),
            _ => (folder, null, $"several files match {pattern} in {folder} ({string.Join(", ", files.Select(Path.GetFileName))}); keep one"),
        };
        _tables[table] = loaded;
        return loaded;
    }

    /// <summary>The table's figures in its publisher's unit; a malformed row fails the load with the table's file and line.</summary>
    private static Dictionary<(string, int), double> Values(StructuralTable table, string path)
    {
        var read = PublishedTables.Read(table, path);
        if (read.Errors.Count > 0)
        {
            throw new InvalidInputException(read.Errors);
        }

        var column = PublishedTables.Column(table);
        var values = new Dictionary<(string, int), double>();
        foreach (var value in read.Values.Where(v => v.Column == column))
        {
            values[(value.Iso3, value.Year)] = value.Value;
        }

        return values;
    }
}
