using System.Globalization;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Tests;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>statecraft</c> in-process with captured output (STYLE.md practice 12: a CLI tester).</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = StatecraftApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
