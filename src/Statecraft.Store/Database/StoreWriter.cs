using Statecraft.Cases.Diagnostics;

namespace Statecraft.Store.Database;

/// <summary>
/// One writer, many readers across processes. DuckDB lets one process write a file, or many processes read it,
/// never both at once; so a writer works on a staged copy (<c>PATH.importing</c>) while readers keep the store
/// itself open read-only (<see cref="EventStore.OpenRead"/>), and on <see cref="Commit"/> the copy is checkpointed
/// and renamed over the store in one atomic step. A reader that is open keeps the snapshot it opened; the next one
/// sees the new store. Writers take a lock file (<see cref="LockPath"/>): a second writer is refused while one holds it.
/// </summary>
/// <remarks>
/// A writer that dies leaves the store as it was (the staged copy is discarded and replaced by the next writer).
/// The copy costs one read and one write of the store file per import.
/// </remarks>
public sealed class StoreWriter : IDisposable
{
    private readonly string _path;
    private readonly string _staged;
    private readonly FileStream _lock;
    private bool _done;

    private StoreWriter(string path, FileStream writerLock, string staged, EventStore store)
    {
        _path = path;
        _lock = writerLock;
        _staged = staged;
        Store = store;
    }

    /// <summary>The staged store to write to; nothing written to it is visible until <see cref="Commit"/>.</summary>
    public EventStore Store { get; }

    /// <summary>Takes the writer's lock on <paramref name="path"/> and opens a staged copy of the store.</summary>
    /// <exception cref="InvalidInputException">Another process is writing the store.</exception>
    public static StoreWriter Begin(string path)
    {
        EventStore.Validate(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        FileStream writerLock;
        try
        {
            writerLock = new FileStream(LockPath(full), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidInputException(new InputError(full, 0, 0, string.Empty, "another statecraft process is writing this store; try again when it has finished"));
        }

        try
        {
            var staged = full + ".importing";
            Delete(staged);
            if (File.Exists(full))
            {
                File.Copy(full, staged);
                if (File.Exists(full + ".wal"))
                {
                    File.Copy(full + ".wal", staged + ".wal");
                }
            }

            return new StoreWriter(full, writerLock, staged, EventStore.Open(staged));
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Checkpoints the staged store and moves it over the store; readers that open from now on see it.</summary>
    public void Commit()
    {
        Store.Checkpoint();
        Store.Dispose();
        // The store's own WAL, if a crashed writer left one, is already in the staged copy.
        File.Delete(_path + ".wal");
        File.Move(_staged, _path, overwrite: true);
        File.Delete(_staged + ".wal");
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
        {
            Store.Dispose();
            Delete(_staged);
        }

        _lock.Dispose();
    }

    /// <summary>
    /// The writers' lock for the store at <paramref name="full"/>: a file in the temporary folder named by a hash of the
    /// store's full path. It is never deleted (deleting a lock file lets two writers lock two different files), and it
    /// lies outside the store's folder, so a command leaves nothing beside the store but the store.
    /// </summary>
    internal static string LockPath(string full)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)))[..32];
        var folder = Path.Combine(Path.GetTempPath(), "statecraft-locks");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, hash + ".lock");
    }

    private static void Delete(string staged)
    {
        File.Delete(staged);
        File.Delete(staged + ".wal");
    }
}
