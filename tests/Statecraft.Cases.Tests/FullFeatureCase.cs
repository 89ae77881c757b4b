using Statecraft.Testing;

namespace Statecraft.Cases.Tests;

/// <summary>The test case that exercises every feature of the format, and copies of it to break.</summary>
internal static class FullFeatureCase
{
    public static string Path => RepoPaths.Of("tests", "Statecraft.Cases.Tests", "Cases", "full-feature");

    /// <summary>Copies the case into <paramref name="dir"/> with one text replaced in one file.</summary>
    public static string CopyWith(TempDirectory dir, string file, string find, string replace)
    {
        foreach (var source in Directory.GetFiles(Path, "*.yaml"))
        {
            var text = File.ReadAllText(source);
            if (System.IO.Path.GetFileName(source) == file)
            {
                text.ShouldContain(find, customMessage: $"the test's text to replace must be in {file}");
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            dir.Write(System.IO.Path.GetFileName(source), text);
        }

        return dir.Path;
    }
}
