using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Imports;

/// <summary>What one import did: rows read, imported, skipped as malformed, and dropped as duplicates.</summary>
/// <param name="ImportId">The import run's id in <c>import_runs</c> (the earlier run's when the file was already imported).</param>
/// <param name="File">The file as the user named it.</param>
/// <param name="Format">The layout it was read as.</param>
/// <param name="RowsRead">Non-blank data lines read.</param>
/// <param name="Imported">Events added to the store.</param>
/// <param name="Skipped">Malformed rows (each one is in <paramref name="Errors"/> or <c>import_errors</c>).</param>
/// <param name="Duplicates">Rows whose event was already in the store or earlier in the file.</param>
/// <param name="AlreadyImported">True when a file with the same content was imported before, so nothing was read.</param>
/// <param name="Errors">The first malformed rows, with line numbers.</param>
public sealed record ImportResult(
    int ImportId,
    string File,
    ImportFormat Format,
    long RowsRead,
    long Imported,
    long Skipped,
    long Duplicates,
    bool AlreadyImported,
    IReadOnlyList<InputError> Errors);
