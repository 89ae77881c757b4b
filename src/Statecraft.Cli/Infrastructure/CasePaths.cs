namespace Statecraft.Cli.Infrastructure;

/// <summary>Finds the bundled reference case when a command is given no case path.</summary>
public static class CasePaths
{
    public const string ReferenceCaseRelative = "cases/japan-us-2016";

    /// <summary>Every case directory of the bundled library (the folder that holds the reference case), in name order.</summary>
    public static IReadOnlyList<string> Library()
    {
        var library = Path.GetDirectoryName(Path.GetFullPath(Resolve(null)))!;
        return [.. Directory.GetDirectories(library)
            .Where(d => File.Exists(Path.Combine(d, "case.yaml")))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The given path, or the reference case found from the current directory or the program's location.</summary>
    public static string Resolve(string? path)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return path;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ReferenceCaseRelative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No case path given and the reference case '{ReferenceCaseRelative}' was not found above the current directory.");
    }
}
