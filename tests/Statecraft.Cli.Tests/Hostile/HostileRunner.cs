using System.Diagnostics;
using System.Security.Cryptography;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Tests.Hostile;

/// <summary>What one hostile case did.</summary>
public sealed record HostileResult(HostileCase Case, Outcome Outcome, int ExitCode, string Error, string Detail, TimeSpan Elapsed);

/// <summary>
/// Runs the real <c>statecraft</c> binary (a separate process, so a stack overflow or an out-of-memory ends only the
/// child) on a hostile case in a folder of its own, and classifies the result.
/// </summary>
public static class HostileRunner
{
    /// <summary>Managed heap limit of the child, so that a runaway input ends in an out-of-memory error, not a swapping machine.</summary>
    private const string HeapLimit = "0x80000000";

    public static HostileResult Run(HostileCase hostile, string folder, string validStore, TimeSpan timeout)
    {
        Directory.CreateDirectory(folder);
        var args = hostile.Setup(new HostileFolder(folder, validStore));
        var before = Snapshot(folder);
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr, timedOut) = Execute(args, folder, hostile.Environment, timeout);
        clock.Stop();
        var after = Snapshot(folder);
        var (outcome, detail) = Classify(hostile, exit, stdout, stderr, timedOut, before, after);
        return new HostileResult(hostile, outcome, exit, stderr, detail, clock.Elapsed);
    }

    private static (Outcome, string) Classify(HostileCase hostile, int exit, string stdout, string stderr, bool timedOut, Dictionary<string, string> before, Dictionary<string, string> after)
    {
        if (timedOut)
        {
            return (Outcome.Hang, "killed at the time-out");
        }

        var all = stdout + "\n" + stderr;
        if (all.Contains("OutOfMemory", StringComparison.Ordinal))
        {
            return (Outcome.Crash, "out of memory");
        }

        if (exit is not (0 or 1 or 2) || all.Contains("Unhandled exception", StringComparison.Ordinal)
            || all.Contains("\n   at ", StringComparison.Ordinal) || all.Contains("internal error:", StringComparison.Ordinal))
        {
            return (Outcome.Crash, $"exit {exit}");
        }

        var writes = (hostile.Writes ?? []).ToHashSet(StringComparer.Ordinal);
        var changed = before.Where(f => after.TryGetValue(f.Key, out var now) && now != f.Value && !(exit == 0 && writes.Contains(f.Key)))
            .Select(f => f.Key).Concat(before.Keys.Where(k => !after.ContainsKey(k) && !(exit == 0 && writes.Contains(k)))).ToList();
        if (changed.Count > 0)
        {
            return (Outcome.ChangedInput, "changed or removed: " + string.Join(", ", changed));
        }

        var created = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var left = exit == 0
            ? created.Where(k => !writes.Contains(k) || IsTemporary(k)).ToList()
            : created;
        if (left.Count > 0)
        {
            return (Outcome.PartialFile, "left behind: " + string.Join(", ", left));
        }

        if (exit == 0)
        {
            return hostile.Expect == Expect.Reject ? (Outcome.WronglyAccepted, "exit 0") : (Outcome.Accepted, string.Empty);
        }

        if (hostile.Forbid?.FirstOrDefault(f => stderr.Contains(f, StringComparison.OrdinalIgnoreCase)) is { } forbidden)
        {
            return (Outcome.Vague, "also says: " + forbidden);
        }

        return hostile.Names.Any(n => stderr.Contains(n, StringComparison.OrdinalIgnoreCase))
            ? (Outcome.Rejected, string.Empty)
            : (Outcome.Vague, "names none of: " + string.Join(", ", hostile.Names));
    }

    private static bool IsTemporary(string name) =>
        name.EndsWith(".tmp", StringComparison.Ordinal) || name.Contains(".partial", StringComparison.Ordinal);

    private static (int Exit, string Out, string Error, bool TimedOut) Execute(string[] args, string folder, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(StatecraftApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("STATECRAFT_DB");
        start.Environment.Remove("STATECRAFT_DB_MEMORY");
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start statecraft");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, stdout.Result, stderr.Result, true);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result, false);
    }

    /// <summary>Every entry under the folder (links not followed) with a fingerprint of its content.</summary>
    private static Dictionary<string, string> Snapshot(string folder)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
        {
            var name = Path.GetRelativePath(folder, entry.FullName);
            entries[name] = entry.LinkTarget is { } target ? "link:" + target
                : entry is DirectoryInfo ? "dir"
                : Hash(entry.FullName);
        }

        return entries;
    }

    private static string Hash(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (IOException e)
        {
            return "unreadable: " + e.Message;
        }
    }
}
