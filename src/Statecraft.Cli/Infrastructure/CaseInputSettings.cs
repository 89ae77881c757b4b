using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cases;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Cases.Yaml;
using Statecraft.Cli.Commands.Events;
using Statecraft.Cluster.Units;
using Statecraft.Store.Structural;

namespace Statecraft.Cli.Infrastructure;

/// <summary>
/// Options of every command that loads cases: where the tables that structural references name are read
/// (docs/case-format.md, "structural"). Without either option the shared folder under <c>$STATECRAFT_SHARED</c> is used
/// when it exists; a case without references needs none of them.
/// </summary>
public class CaseInputSettings : CommandSettings
{
    /// <summary>The environment variable that names the team's shared folder (its tables are under <c>data/structural</c>).</summary>
    public const string SharedVariable = "STATECRAFT_SHARED";

    [CommandOption("--structural <DIR>")]
    [Description("Folder of the published structural tables that a case's structural references name (wdi_gdp_current_usd.csv, API_NY.GDP.MKTP.PP.CD_*.csv, wdi_population.csv, sipri_milex_*_long.csv). Default: $STATECRAFT_SHARED/data/structural when it exists.")]
    public string? Structural { get; init; }

    [CommandOption("--structural-db <FILE>")]
    [Description("Read a case's structural references from the state_years table of this store (filled by 'statecraft data import') instead of the CSV files.")]
    public string? StructuralDb { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Structural is not null && StructuralDb is not null
            ? Spectre.Console.ValidationResult.Error("give --structural DIR or --structural-db FILE, not both")
            : Spectre.Console.ValidationResult.Success();

    /// <summary>Loads the case at <paramref name="path"/> with its structural references read; years a table lacks go to <paramref name="warnings"/>.</summary>
    internal Case Load(string path, ICollection<InputError>? warnings = null) => CaseLoader.Load(path, Tables(), warnings);

    /// <summary>The tables this command reads references from; a store that does not exist is an error only when a reference needs it.</summary>
    internal IStructuralTables Tables()
    {
        if (StructuralDb is { } db)
        {
            return StoreSettings.IsAbsent(db)
                ? new Unavailable(db, $"there is no store at {db} (--structural-db); fill one with 'statecraft data import'")
                : new StoreStructuralTables(db);
        }

        if (Structural is { } folder)
        {
            return new SharedStructuralTables(folder);
        }

        var shared = Environment.GetEnvironmentVariable(SharedVariable);
        var fallback = string.IsNullOrWhiteSpace(shared) ? null : Path.Combine(shared, "data", "structural");
        return fallback is not null && Directory.Exists(fallback)
            ? new SharedStructuralTables(fallback)
            : new Unavailable("(no tables)", $"no structural tables were given: name --structural DIR (the shared data/structural folder) or --structural-db FILE, or set {SharedVariable}");
    }

    /// <summary>
    /// The case as a worker receives it: its own files, or, when it has structural references, the loaded case written
    /// out with its figures, since a worker has no tables to read them from.
    /// </summary>
    internal static CaseFiles WorkerFiles(string path, Case loaded)
    {
        if (loaded.StructuralReferences.Count == 0)
        {
            return CaseFiles.Read(path);
        }

        return new CaseFiles(new SortedDictionary<string, string>(StringComparer.Ordinal) { ["case.yaml"] = CaseWriter.ToText(loaded.WithFiguresWritten()) });
    }

    /// <summary>Tables that cannot be read: each reference is an input error saying why.</summary>
    private sealed class Unavailable(string origin, string problem) : IStructuralTables
    {
        public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear) => StructuralTableRead.Unavailable(origin, problem);
    }
}
