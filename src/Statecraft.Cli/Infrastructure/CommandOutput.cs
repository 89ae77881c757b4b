using Spectre.Console;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Where a command writes: the styled console for tables, raw writers for JSON, CSV and messages.</summary>
/// <param name="Console">Styled output (tables, progress) on standard output.</param>
/// <param name="Out">Raw standard output, for machine-readable formats.</param>
/// <param name="Error">Standard error, for diagnostics.</param>
/// <param name="Debug">Whether <c>--debug</c> was given: logs add stack traces.</param>
public sealed record CommandOutput(IAnsiConsole Console, TextWriter Out, TextWriter Error, bool Debug = false);
