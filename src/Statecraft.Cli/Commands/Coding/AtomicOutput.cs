using Statecraft.Cases.Files;

namespace Statecraft.Cli.Commands.Coding;

/// <summary>Writes to standard output (no path, or <c>-</c>), or to a file through a temporary file and a rename, so no file is ever half-written.</summary>
internal static class AtomicOutput
{
    /// <summary>Checks <c>--out</c> before any work: its folder exists and it is none of <paramref name="inputs"/>.</summary>
    public static void Check(string? path, IEnumerable<string?> inputs)
    {
        if (path is not null)
        {
            OutputFile.Check(path, "--out", inputs);
        }
    }

    public static void Write(string? path, TextWriter stdout, IEnumerable<string?> inputs, Action<TextWriter> write)
    {
        if (path is null || Infrastructure.OutputFiles.IsStandardOutput(path))
        {
            write(stdout);
            stdout.Flush();
            return;
        }

        OutputFile.WriteText(path, "--out", inputs, write);
    }
}
