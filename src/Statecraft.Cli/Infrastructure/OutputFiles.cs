namespace Statecraft.Cli.Infrastructure;

/// <summary>Standard output where a command writes a file: the user writes <c>-</c> (writing itself goes through <c>Cases.Files.OutputFile</c>).</summary>
internal static class OutputFiles
{
    /// <summary>
    /// The path that stands for standard output wherever a command writes a file. The user writes <c>-</c>, which
    /// Spectre.Console.Cli would read as an option, so <see cref="StatecraftApp.Normalise"/> passes it on as this path.
    /// </summary>
    public const string StandardOutput = "/dev/stdout";

    /// <summary>True when <paramref name="path"/> is <c>-</c> or <c>/dev/stdout</c>: standard output, written directly rather than through a temporary file.</summary>
    public static bool IsStandardOutput(string? path) => path is "-" or StandardOutput;
}
