using System.Globalization;
using DuckDB.NET.Data;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Database;

/// <summary>
/// An open event store: one DuckDB file holding events, documents, actors, import runs and state-year data,
/// migrated to the latest schema when opened.
/// </summary>
/// <remarks>
/// DuckDB gives one process the write lock on a file. Inside that process, any number of connections
/// (<see cref="OpenReader"/>) read a consistent snapshot while an import's transaction is open.
/// </remarks>
public sealed class EventStore : IDisposable
{
    private EventStore(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The connection this store writes through.</summary>
    internal DuckDBConnection Connection { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and applies pending migrations.</summary>
    public static EventStore Open(string path) => Open(path, Migrations.All);

    internal static EventStore Open(string path, IReadOnlyList<Migration> migrations)
    {
        Validate(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new DuckDBConnection("Data Source=" + path);
        try
        {
            connection.Open();
            LimitMemory(connection, path);
            Migrator.Apply(connection, migrations, path);
            return new EventStore(path, connection);
        }
        catch (DuckDBException e) when (e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new InvalidInputException(new InputError(MemoryLimitVariable, 0, 0, string.Empty,
                $"DuckDB ran out of memory opening {path} under the limit '{Environment.GetEnvironmentVariable(MemoryLimitVariable)}'; raise it: {FirstLine(e.Message)}"));
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw NotAStore(path, FirstLine(e.Message));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the store at <paramref name="path"/> to read it: read-only, so that any number of processes can read
    /// while a <see cref="StoreWriter"/> writes its staged copy. A store that does not exist yet, or needs a migration,
    /// is opened for writing instead (created or migrated first).
    /// </summary>
    public static EventStore OpenRead(string path)
    {
        Validate(path);
        if (!File.Exists(path))
        {
            return Open(path);
        }

        var connection = new DuckDBConnection("Data Source=" + path + ";ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            LimitMemory(connection, path);
            var version = HasMigrations(connection) ? Migrator.CurrentVersion(connection) : 0;
            if (version > Migrations.Latest)
            {
                throw Newer(path, version);
            }

            if (version == Migrations.Latest)
            {
                return new EventStore(path, connection);
            }
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw NotAStore(path, FirstLine(e.Message));
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        connection.Dispose();
        return Open(path);
    }

    /// <summary>Writes everything committed into the database file (DuckDB's <c>CHECKPOINT</c>).</summary>
    internal void Checkpoint() => Migrator.Execute(Connection, "CHECKPOINT");

    private static bool HasMigrations(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Bytes of a DuckDB file's fixed headers (one main and two database headers of 4 KiB each).</summary>
    private const int HeaderBytes = 3 * 4096;

    /// <summary>
    /// Checks, without opening it, that <paramref name="path"/> is either absent (a new store) or a DuckDB database
    /// file: not a directory, a symbolic link loop, an empty or truncated file, or a file of another kind.
    /// </summary>
    /// <exception cref="InvalidInputException">The path exists and is not a DuckDB database.</exception>
    public static void Validate(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw NotAStore(path, "it is a directory");
        }

        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            try
            {
                _ = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException e)
            {
                throw NotAStore(path, "it is a symbolic link that cannot be followed (" + e.Message + ")");
            }

            if (!info.Exists)
            {
                throw NotAStore(path, $"it is a symbolic link to {info.LinkTarget}, which does not exist");
            }
        }

        if (!info.Exists)
        {
            return;
        }

        if (info.Length == 0)
        {
            throw NotAStore(path, "the file is empty");
        }

        Span<byte> header = stackalloc byte[12];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException e)
        {
            throw NotAStore(path, "it cannot be read (" + e.Message + ")");
        }

        if (read < header.Length || !header[8..12].SequenceEqual("DUCK"u8))
        {
            throw NotAStore(path, "the file does not start with DuckDB's header (is it a text, CSV or JSONL file?)");
        }

        if (info.Length < HeaderBytes)
        {
            throw NotAStore(path, string.Create(CultureInfo.InvariantCulture, $"the file is truncated ({info.Length:N0} bytes, shorter than DuckDB's {HeaderBytes:N0}-byte headers)"));
        }
    }

    private static InvalidInputException NotAStore(string path, string why) =>
        new(new InputError(path, 0, 0, string.Empty, "not a Statecraft store (DuckDB database): " + why));

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    /// <summary>The environment variable that caps DuckDB's memory (<c>2GB</c>, <c>512MB</c>); unset, DuckDB's default of 80% of RAM holds.</summary>
    public const string MemoryLimitVariable = "STATECRAFT_DB_MEMORY";

    /// <summary>A second connection to the same database, for reading while this one writes.</summary>
    public DuckDBConnection OpenReader()
    {
        // DuckDB.NET shares one database instance per file within a process, so this connection sees the
        // same data under snapshot isolation rather than contending for the file lock.
        var reader = new DuckDBConnection("Data Source=" + Path);
        reader.Open();
        return reader;
    }

    /// <summary>The schema version the file is at.</summary>
    public int SchemaVersion => Migrator.CurrentVersion(Connection);

    /// <summary>Runs a scalar query (used by tests and the CLI's summaries).</summary>
    public long Count(string table, string? where = null)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM " + table + (where is null ? string.Empty : " WHERE " + where);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose() => Connection.Dispose();

    private static void LimitMemory(DuckDBConnection connection, string path)
    {
        var limit = Environment.GetEnvironmentVariable(MemoryLimitVariable);
        if (string.IsNullOrWhiteSpace(limit))
        {
            return;
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(limit, "^[0-9]+(\\.[0-9]+)?\\s*[KMGT]i?B$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            throw new InvalidInputException(new InputError(MemoryLimitVariable, 0, 0, string.Empty, $"'{limit}' is not a size such as 512MB or 2GB (store {path})"));
        }

        if (Bytes(limit) < MinMemoryBytes)
        {
            throw new InvalidInputException(new InputError(MemoryLimitVariable, 0, 0, string.Empty, $"'{limit}' is below the 16MB DuckDB needs to open a store (store {path})"));
        }

        Migrator.Execute(connection, $"SET memory_limit = '{limit}'");
    }

    /// <summary>The smallest memory limit accepted: DuckDB pins 256 KiB blocks and needs a few dozen to open a store.</summary>
    private const double MinMemoryBytes = 16 * 1024 * 1024;

    /// <summary>A size such as <c>512MB</c>, <c>2GiB</c> in bytes (DuckDB reads KB/MB/GB as powers of 1000 and KiB as 1024).</summary>
    private static double Bytes(string limit)
    {
        var text = limit.Trim().ToUpperInvariant();
        var unitAt = text.IndexOfAny(['K', 'M', 'G', 'T']);
        var number = double.Parse(text[..unitAt].Trim(), CultureInfo.InvariantCulture);
        var binary = text.Contains('I', StringComparison.Ordinal);
        var power = "KMGT".IndexOf(text[unitAt], StringComparison.Ordinal) + 1;
        return number * Math.Pow(binary ? 1024 : 1000, power);
    }

    internal static InvalidInputException Newer(string path, int version) => new(new InputError(
        path, 0, 0, "schema_migrations",
        string.Create(CultureInfo.InvariantCulture, $"the store is at schema version {version}, newer than this build ({Migrations.Latest}); upgrade statecraft")));
}
