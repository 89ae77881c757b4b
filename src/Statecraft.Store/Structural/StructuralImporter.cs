using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Database;

namespace Statecraft.Store.Structural;

/// <summary>Which structural files to import; any may be null.</summary>
/// <param name="Wdi">A WDI CSV (wide bulk download, or long <c>Country Name,Country Code,Year,Value</c>).</param>
/// <param name="WdiIndicator">The indicator a long WDI file holds. Default NY.GDP.MKTP.CD (GDP, current US$).</param>
/// <param name="Population">A long WDI file of SP.POP.TOTL (population).</param>
/// <param name="Sipri">The SIPRI milex long CSV.</param>
/// <param name="Nmc">A COW NMC abridged CSV (v6 or v7 layout).</param>
public sealed record StructuralFiles(string? Wdi = null, string WdiIndicator = "NY.GDP.MKTP.CD", string? Population = null, string? Sipri = null, string? Nmc = null);

/// <summary>What one structural file added.</summary>
/// <param name="File">The file.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Values">Figures stored (one row can give several).</param>
/// <param name="NotStates">Rows for aggregates or entities that are not states in the country table.</param>
public sealed record StructuralFileResult(string File, long Rows, long Values, long NotStates);

/// <summary>
/// Imports structural data into <c>state_years</c> (one row per state and year), in one transaction. A figure
/// already there is replaced by the newer file's; the others stay.
/// </summary>
public sealed class StructuralImporter(EventStore store)
{
    /// <summary>Imports every named file; throws with every bad row when any is malformed (nothing is stored then).</summary>
    public IReadOnlyList<StructuralFileResult> Import(StructuralFiles files)
    {
        var reads = new List<StructuralRead>();
        Read(reads, files.Wdi, p => StructuralReaders.Wdi(p, files.WdiIndicator));
        Read(reads, files.Population, p => StructuralReaders.Wdi(p, "SP.POP.TOTL"));
        Read(reads, files.Sipri, StructuralReaders.Sipri);
        Read(reads, files.Nmc, StructuralReaders.Nmc);
        var errors = reads.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        using var transaction = store.Connection.BeginTransaction();
        foreach (var read in reads)
        {
            StateYearWriter.Upsert(store.Connection, read.Values);
        }

        transaction.Commit();
        return [.. reads.Select(r => new StructuralFileResult(r.File, r.Rows, r.Values.Count, r.NotStates))];
    }

    private static void Read(List<StructuralRead> reads, string? path, Func<string, StructuralRead> reader)
    {
        if (path is null)
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The structural data file '{path}' does not exist.", path);
        }

        reads.Add(reader(path));
    }
}
