namespace Statecraft.Cluster.Units;

/// <summary>
/// A content-addressed result folder: each unit's result is written once, as <c>ab/abcdef....json</c> under its key.
/// Writes go to a temporary file first and are moved into place without overwriting, so a duplicate or a retry that
/// finishes second leaves the first result in place, and a reader never sees a half-written file.
/// </summary>
public sealed class ResultStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(string key) => Path.Combine(Root, key[..2], key + ".json");

    public bool TryGet(string key, out string result)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            result = File.ReadAllText(path);
            return true;
        }

        result = string.Empty;
        return false;
    }

    /// <summary>Writes the result under <paramref name="key"/> unless one is there; returns the result stored.</summary>
    public string Put(string key, string result)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllText(temp, result);
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same unit first; its result is the one kept.
            File.Delete(temp);
        }

        return File.ReadAllText(path);
    }
}
