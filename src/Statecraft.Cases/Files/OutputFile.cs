using System.Globalization;
using System.Text;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Cases.Files;

/// <summary>
/// Writes a command's output file whole or not at all: into a temporary file in the target's own folder, then a
/// rename. The temporary file is removed on every failure. A target that is a directory, sits in a missing folder or
/// is one of the command's own inputs is refused before anything is written.
/// </summary>
public static class OutputFile
{
    /// <summary>Longest file name most file systems take (bytes in UTF-8); the temporary name adds a few characters.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Checks <paramref name="path"/> as an output of a command that reads <paramref name="inputs"/>; returns the full path.</summary>
    /// <param name="path">The file to write, as the user named it.</param>
    /// <param name="option">The option or argument that named the file, for the message (such as <c>--report</c>).</param>
    /// <param name="inputs">The files the command reads; the target may be none of them.</param>
    /// <exception cref="InvalidInputException">The target cannot or must not be written.</exception>
    public static string Check(string path, string option, IEnumerable<string?> inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Refused(path, option, "is empty; name a file");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Refused(path, option, "is not a valid file path: " + e.Message);
        }

        var name = Path.GetFileName(full);
        if (name.Length == 0 || Directory.Exists(full))
        {
            throw Refused(path, option, "is a directory; name a file inside it");
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxNameBytes - 24)
        {
            throw Refused(path, option, string.Create(CultureInfo.InvariantCulture, $"has a file name of {Encoding.UTF8.GetByteCount(name)} bytes; at most {MaxNameBytes - 24} are allowed"));
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw Refused(path, option, $"is in a folder that does not exist ({folder}); create it first");
        }

        string target;
        try
        {
            target = Canonical(full);
        }
        catch (IOException e)
        {
            throw Refused(path, option, "cannot be resolved: " + e.Message);
        }

        foreach (var input in inputs)
        {
            if (!string.IsNullOrEmpty(input) && SameFile(target, input))
            {
                throw Refused(path, option, $"is one of this command's inputs ({input}); no command writes over its own input, name another file");
            }
        }

        return full;
    }

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/>, which receives the temporary file's path; the
    /// temporary file is renamed over the target only when <paramref name="write"/> returns.
    /// </summary>
    public static void Write(string path, string option, IEnumerable<string?> inputs, Action<string> write)
    {
        var full = Check(path, option, inputs);
        var temporary = TemporaryFor(full);
        try
        {
            write(temporary);
            if (!File.Exists(temporary))
            {
                throw Refused(path, option, "was not written");
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            Remove(temporary);
        }
    }

    /// <summary>Writes text through a temporary file and a rename.</summary>
    public static void WriteText(string path, string option, IEnumerable<string?> inputs, Action<TextWriter> write) =>
        Write(path, option, inputs, temporary =>
        {
            using var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16);
            write(writer);
        });

    /// <summary>The temporary file for <paramref name="full"/>: hidden, in the same folder, named after the process.</summary>
    public static string TemporaryFor(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp"));

    /// <summary>True when the two paths name the same file once links and relative parts are resolved.</summary>
    public static bool SameFile(string a, string b)
    {
        try
        {
            return string.Equals(Canonical(Path.GetFullPath(a)), Canonical(Path.GetFullPath(b)), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The path with every symbolic link along it resolved (like <c>realpath</c>), for the parts that exist.</summary>
    public static string Canonical(string full)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var resolved = info.ResolveLinkTarget(returnFinalTarget: true);
                next = resolved is null ? next : Canonical(Path.GetFullPath(resolved.FullName));
            }

            current = next;
        }

        return current;
    }

    private static void Remove(string temporary)
    {
        try
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        catch (IOException)
        {
            // Nothing more can be done; the rename did not happen, so the target is untouched.
        }
    }

    private static InvalidInputException Refused(string path, string option, string why) =>
        new(new InputError(path, 0, 0, option, why));
}
