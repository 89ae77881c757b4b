using Xunit;

namespace Statecraft.Testing;

/// <summary>
/// Locates the team's shared folder (seed article, dictionaries, datasets) for tests that read it.
/// </summary>
/// <remarks>
/// The folder comes from <c>STATECRAFT_SHARED</c>, or <c>../shared</c> beside the repository root.
/// On a user's machine without it, such tests skip with a message; under CI (<c>CI=true</c>) its
/// absence is a failure, because <c>.ci/run</c> always provides it.
/// </remarks>
public static class SharedData
{
    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>The full path of <paramref name="relative"/> under the shared folder; skips the test when absent.</summary>
    public static string PathOf(string relative)
    {
        var root = RequireRoot();
        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Shared data file '{relative}' is missing under {root}.", path);
        }

        return path;
    }

    /// <summary>The shared folder; skips the calling test with a clear message when it is absent.</summary>
    public static string RequireRoot()
    {
        if (Root is not null)
        {
            return Root;
        }

        var message = "The shared data folder is absent: set STATECRAFT_SHARED to the folder holding seed/ and data/ (default ../shared).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message + " Under CI it must be present.");
        }

        Assert.Skip(message);
        return string.Empty;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("STATECRAFT_SHARED");
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A relative setting is read from the repository root, as .ci/run sets it.
            candidates.Add(Path.IsPathRooted(configured) ? configured : Path.GetFullPath(Path.Combine(RepoPaths.Root, configured)));
        }
        else
        {
            candidates.Add(Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared")));
        }

        return candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "data")) || Directory.Exists(Path.Combine(c, "seed")));
    }
}
