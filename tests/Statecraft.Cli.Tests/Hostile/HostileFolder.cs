using System.Text;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Hostile;

/// <summary>The folder one hostile case runs in, with helpers that write its inputs.</summary>
public sealed class HostileFolder(string path, string validStore)
{
    /// <summary>The folder (the run's working directory).</summary>
    public string Path { get; } = path;

    /// <summary>The reference case shipped with the repository.</summary>
    public static string ReferenceCase => RepoPaths.Of("cases", "japan-us-2016");

    /// <summary>A fixture of the store tests.</summary>
    public static string StoreFixture(string name) => RepoPaths.Of("tests", "Statecraft.Store.Tests", "Fixtures", name);

    public string Full(string name) => System.IO.Path.Combine(Path, name);

    public string Text(string name, string content) => Bytes(name, Encoding.UTF8.GetBytes(content));

    public string Bytes(string name, byte[] content)
    {
        var full = Full(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return name;
    }

    public string Folder(string name)
    {
        Directory.CreateDirectory(Full(name));
        return name;
    }

    /// <summary>A copy of a store holding the coder-events fixture (66 JPN-USA events, 2015-11 to 2017-10).</summary>
    public string Store(string name = "s.duckdb")
    {
        File.Copy(validStore, Full(name));
        return name;
    }

    /// <summary>A copy of the reference case, to corrupt.</summary>
    public string Case(string name = "case")
    {
        var target = Full(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(ReferenceCase, "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return name;
    }

    /// <summary>Replaces text in a file of the folder.</summary>
    public void Edit(string name, Func<string, string> edit) => File.WriteAllText(Full(name), edit(File.ReadAllText(Full(name))));

    public string Link(string name, string target)
    {
        File.CreateSymbolicLink(Full(name), target);
        return name;
    }
}
