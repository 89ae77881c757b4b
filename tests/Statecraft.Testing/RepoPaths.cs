namespace Statecraft.Testing;

/// <summary>Paths inside the repository, found from the test binary's location.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest ancestor that holds <c>Statecraft.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled reference case.</summary>
    public static string ReferenceCase => Path.Combine(Root, "cases", "japan-us-2016");

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statecraft.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Statecraft.slnx not found above " + AppContext.BaseDirectory);
    }
}
