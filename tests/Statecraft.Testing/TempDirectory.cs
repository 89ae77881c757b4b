namespace Statecraft.Testing;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    private static int _counter;

    public TempDirectory()
    {
        var name = $"statecraft-test-{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}";
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished test's child process; the OS temp cleaner takes it.
        }
    }
}
