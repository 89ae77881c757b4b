using System.Text;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Files a command writes: into an existing folder, through a temporary file moved into place, so a failure leaves nothing half-written.</summary>
internal static class OutputFiles
{
    /// <summary>
    /// The path that stands for standard output wherever a command writes a file. The user writes <c>-</c>, which
    /// Spectre.Console.Cli would read as an option, so <see cref="StatecraftApp.Normalise"/> passes it on as this path.
    /// </summary>
    public const string StandardOutput = "/dev/stdout";

    /// <summary>True when <paramref name="path"/> is <c>-</c> or <c>/dev/stdout</c>: standard output, written directly rather than through a temporary file.</summary>
    public static bool IsStandardOutput(string? path) => path is "-" or StandardOutput;

    /// <summary>Refuses a target whose folder does not exist or that is itself a folder, naming the option.</summary>
    public static void RequireFolder(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{option}: '{path}' is a folder; give a file name");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"{option}: the folder '{folder}' does not exist");
        }
    }

    public static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".partial");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
