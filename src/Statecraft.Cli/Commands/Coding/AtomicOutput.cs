using System.Globalization;
using System.Text;

namespace Statecraft.Cli.Commands.Coding;

/// <summary>Writes to standard output (no path, or <c>-</c>), or to a file through a temporary file and a rename, so no file is ever half-written.</summary>
internal static class AtomicOutput
{
    public static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null || Infrastructure.OutputFiles.IsStandardOutput(path))
        {
            write(stdout);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp"));
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
