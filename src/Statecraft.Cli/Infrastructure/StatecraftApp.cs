using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Cli.Infrastructure;

/// <summary>
/// The composition root of the <c>statecraft</c> command: registers every verb and maps failures to exit codes
/// (0 success, 1 bad input, 2 usage).
/// </summary>
public static class StatecraftApp
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;

    /// <summary>The version <c>statecraft --version</c> prints: the assembly's informational version (the build's version and commit).</summary>
    public static string Version { get; } =
        typeof(StatecraftApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Runs the command line with the given writers, so tests can capture both streams.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = stdout == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = stdout == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = stdout == Console.Out && !Console.IsOutputRedirected ? console.Profile.Width : 160;

        var app = new CommandApp(new TypeRegistrar(console, stdout, stderr));
        app.Configure(config =>
        {
            config.SetApplicationName("statecraft");
            config.SetApplicationVersion(Version);
            config.Settings.ShowOptionDefaultValues = false;
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            CommandRegistry.Register(config);
        });

        try
        {
            return app.Run(Normalise(args));
        }
        catch (InvalidInputException ex)
        {
            foreach (var error in ex.Errors)
            {
                stderr.WriteLine("error: " + error);
            }

            return BadInput;
        }
        catch (Exception ex) when (ex is CommandParseException or CommandRuntimeException or UsageException)
        {
            stderr.WriteLine("usage error: " + ex.Message);
            return Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return BadInput;
        }
    }

    /// <summary>
    /// Spectre.Console.Cli rejects one-letter long options, but <c>bargain --q Q</c> is a documented contract: it is read
    /// as <c>-q Q</c>. It also reads a lone <c>-</c> as an option, so <c>-</c> (standard output, as in <c>code --out -</c>)
    /// is passed on as <see cref="OutputFiles.StandardOutput"/>. Nothing else is rewritten.
    /// </summary>
    internal static string[] Normalise(string[] args) =>
        [.. args.Select(a => a == "--q" ? "-q" : a.StartsWith("--q=", StringComparison.Ordinal) ? "-q=" + a[4..] : a == "-" ? OutputFiles.StandardOutput : a)];
}
