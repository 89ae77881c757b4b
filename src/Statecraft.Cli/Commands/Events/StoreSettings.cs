using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Files;
using Statecraft.Cli.Infrastructure;
using Statecraft.Store.Database;
using Statecraft.Store.Queries;

namespace Statecraft.Cli.Commands.Events;

/// <summary>Options every command that opens the event store shares.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The DuckDB store file. Default: $STATECRAFT_DB, else statecraft.duckdb in the current directory.")]
    public string? Db { get; init; }

    /// <summary>The store file this command opens.</summary>
    public string StorePath => StoreLocation.Resolve(Db);

    /// <summary>The store a reading command opens, which must exist (reading never creates an empty store).</summary>
    internal string ExistingStorePath
    {
        get
        {
            var path = StorePath;
            return IsAbsent(path)
                ? throw new InvalidInputException(new InputError(path, 0, 0, "--db", "there is no store here; import events first (statecraft events import FILE --format F --db PATH) or name another with --db or $STATECRAFT_DB"))
                : path;
        }
    }

    /// <summary>Refuses a store that is also one of the command's input files (the command would read what it writes).</summary>
    internal static void RefuseStoreAsInput(string storePath, params (string Option, string? File)[] inputs)
    {
        foreach (var (option, file) in inputs)
        {
            if (!string.IsNullOrEmpty(file) && OutputFile.SameFile(storePath, file))
            {
                throw new InvalidInputException(new InputError(file, 0, 0, option, $"is the store this command writes (--db {storePath}); name another store or another input"));
            }
        }
    }

    /// <summary>True when nothing at all is at <paramref name="storePath"/> (no file, folder or link).</summary>
    internal static bool IsAbsent(string storePath)
    {
        var info = new FileInfo(storePath);
        return !info.Exists && info.LinkTarget is null && !Directory.Exists(storePath);
    }

    /// <summary>Deletes a store this command created and could not fill, with DuckDB's write-ahead log.</summary>
    internal static void RemoveNewStore(string storePath)
    {
        foreach (var file in new[] { storePath, storePath + ".wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the user; the error that made the import fail is reported.
            }
        }
    }

    /// <summary>Parses an option value as a member of <typeparamref name="TEnum"/> (snake_case or lower case), or fails with a usage error.</summary>
    internal static TEnum ParseEnum<TEnum>(string option, string value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new UsageException($"{option} must be one of {string.Join(", ", Enum.GetNames<TEnum>().Select(Snake))}, not '{value}'");

    /// <summary>Parses <c>YYYY-MM-DD</c>, or fails with a usage error.</summary>
    internal static DateOnly? ParseDate(string option, string? value) =>
        value is null
            ? null
            : !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? throw new UsageException($"{option} must be a date of the form YYYY-MM-DD, not '{value}'")
            : !DateLimits.InRange(date)
                ? throw new UsageException($"{option} must lie in {DateLimits.Range}, not '{value}'")
            : date;

    /// <summary>A country code option: ISO alpha-3 in upper case, or <c>*</c>.</summary>
    internal static string ParseCountry(string option, string value)
    {
        var code = value.Trim().ToUpperInvariant();
        return code == "*" || (code.Length == 3 && code.All(char.IsAsciiLetterUpper))
            ? code
            : throw new UsageException($"{option} must be an ISO alpha-3 country code or *, not '{value}'");
    }

    /// <summary><c>GoldsteinMean</c> → <c>goldstein_mean</c>.</summary>
    internal static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
