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

    /// <summary>The option that prints a failure's stack trace; it is taken out of the arguments before parsing.</summary>
    public const string DebugOption = "--debug";

    /// <summary>The version <c>statecraft --version</c> prints: the assembly's informational version (the build's version and commit).</summary>
    public static string Version { get; } =
        typeof(StatecraftApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Runs the command line with the given writers, so tests can capture both streams.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var debug = args.Contains(DebugOption);
        args = [.. args.Where(a => a != DebugOption)];
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = stdout == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = stdout == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = stdout == Console.Out && !Console.IsOutputRedirected ? console.Profile.Width : 160;

        var app = new CommandApp(new TypeRegistrar(console, stdout, stderr, debug));
        app.Configure(config =>
        {
            config.SetApplicationName("statecraft");
            config.SetApplicationVersion(Version);
            config.Settings.ShowOptionDefaultValues = false;
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            CommandRegistry.Register(config);
        });

        try
        {
            return app.Run(Normalise(args));
        }
        catch (Exception ex)
        {
            var code = Report(Unwrap(ex), args, stderr);
            if (debug)
            {
                stderr.WriteLine(ex);
            }

            return code;
        }
    }

    /// <summary>
    /// The one place a failure becomes an exit code and a message: 1 for bad input (naming the file, line and field),
    /// 2 for usage (naming the option). Nothing else prints a stack trace; <c>--debug</c> adds it.
    /// </summary>
    internal static int Report(Exception ex, IReadOnlyList<string> args, TextWriter stderr)
    {
        if (Choice(ex) is { } choice)
        {
            stderr.WriteLine($"usage error: {OptionValues.OptionOf(choice.Value, args) ?? "an option"}: {choice.Message}");
            return Usage;
        }

        switch (ex)
        {
            case InvalidInputException input:
                foreach (var error in input.Errors)
                {
                    stderr.WriteLine("error: " + error);
                }

                return BadInput;
            case UsageException or CommandParseException or CommandConfigurationException:
                stderr.WriteLine("usage error: " + OptionValues.Explain(ex.Message, args));
                return Usage;
            case CommandRuntimeException:
                stderr.WriteLine("usage error: " + OptionValues.Explain(ex.Message, args));
                return Usage;
            case FileNotFoundException { FileName: { } name } when Directory.Exists(name):
                stderr.WriteLine($"error: {name}: is a directory, not a file");
                return BadInput;
            case FileNotFoundException missing:
                stderr.WriteLine($"error: {missing.FileName ?? string.Empty}: file not found");
                return BadInput;
            case DirectoryNotFoundException or PathTooLongException or IOException or UnauthorizedAccessException:
                stderr.WriteLine("error: " + ex.Message);
                return BadInput;
            case System.Data.Common.DbException db:
                stderr.WriteLine("error: the store failed: " + FirstLine(db.Message));
                return BadInput;
            case OutOfMemoryException or InsufficientExecutionStackException:
                stderr.WriteLine("error: the input is too large or too deeply nested to process (" + ex.GetType().Name + "); see docs/limits.md");
                return BadInput;
            case OperationCanceledException:
                stderr.WriteLine("error: cancelled");
                return BadInput;
            default:
                stderr.WriteLine($"internal error: {FirstLine(ex.Message)} ({ex.GetType().Name}); run again with {DebugOption} for the stack trace, and please report it");
                return BadInput;
        }
    }

    /// <summary>The exception that says what went wrong, out of the wrappers that parallel code and reflection add.</summary>
    private static Exception Unwrap(Exception ex) => ex switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        TypeInitializationException { InnerException: { } inner } => Unwrap(inner),
        _ => ex,
    };

    /// <summary>The enum option value that named no choice, however deep the parser wrapped it.</summary>
    private static ChoiceException? Choice(Exception? ex) => ex switch
    {
        null => null,
        ChoiceException choice => choice,
        _ => Choice(ex.InnerException),
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    /// <summary>
    /// Spectre.Console.Cli rejects one-letter long options, but <c>bargain --q Q</c> is a documented contract: it is read
    /// as <c>-q Q</c>. Under <c>bargain</c>, whose default command Spectre cannot parse with <c>--name=value</c> (it fails
    /// with an index out of range), such an option is split into <c>--name value</c>. Spectre also reads a lone <c>-</c>
    /// as an option, so <c>-</c> after <c>--out</c> or as <c>events export</c>'s file (standard output) is passed on as
    /// <see cref="OutputFiles.StandardOutput"/>. Nothing else is rewritten.
    /// </summary>
    internal static string[] Normalise(string[] args)
    {
        var bargain = args.Length > 0 && args[0] == "bargain";
        var result = new List<string>(args.Length + 2);
        var export = args.Length > 1 && args[0] == "events" && args[1] == "export";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var toStandardOutput = arg == "-" && ((i > 0 && args[i - 1] is "--out" or "-o") || export);
            var a = toStandardOutput ? OutputFiles.StandardOutput : arg == "--q" ? "-q" : arg.StartsWith("--q=", StringComparison.Ordinal) ? "-q=" + arg[4..] : arg;
            var equals = a.IndexOf('=', StringComparison.Ordinal);
            if (bargain && a.StartsWith('-') && equals > 1)
            {
                result.Add(a[..equals]);
                result.Add(a[(equals + 1)..]);
            }
            else
            {
                result.Add(a);
            }
        }

        return [.. result];
    }
}
