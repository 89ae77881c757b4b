using System.Text.RegularExpressions;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Turns the parser's messages about option values into ones that name the option and the expected form.</summary>
internal static partial class OptionValues
{
    /// <summary>
    /// Rewrites "Failed to convert 'abc' to Int32." as "--seed: 'abc' is not an integer", finding the option in
    /// <paramref name="args"/>; other messages pass unchanged.
    /// </summary>
    public static string Explain(string message, IReadOnlyList<string> args)
    {
        if (message.Contains("does not have a name", StringComparison.Ordinal) && args.Contains("-"))
        {
            return "'-' (standard input) is not read by this command; name a file";
        }

        var match = ConversionFailed().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var expected = match.Groups["type"].Value switch
        {
            "Int32" or "Int64" or "Int16" or "Byte" or "UInt32" or "UInt64" => "an integer",
            "Double" or "Single" or "Decimal" => "a number",
            "Nullable`1" => "a number",
            "Boolean" => "true or false",
            var other => "a valid " + other,
        };
        return $"{OptionOf(value, args) ?? "an option"}: '{value}' is not {expected}";
    }

    /// <summary>The option whose value is <paramref name="value"/>: the argument before it, or <c>--name=value</c>.</summary>
    internal static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == value && i > 0 && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith('-') && equals > 0 && arg[(equals + 1)..] == value)
            {
                return arg[..equals];
            }
        }

        return null;
    }

    /// <summary>Checks that a number option is finite (NaN and Infinity parse as numbers but mean nothing here).</summary>
    public static double Finite(string option, double value) =>
        double.IsFinite(value) ? value : throw new UsageException($"{option}: '{value}' is not a finite number");

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to (?<type>[\w`]+)\.?$", RegexOptions.Singleline)]
    private static partial Regex ConversionFailed();
}
