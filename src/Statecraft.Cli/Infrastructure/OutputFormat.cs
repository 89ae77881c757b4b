namespace Statecraft.Cli.Infrastructure;

/// <summary>Parses <c>--format</c> values against the formats a command supports.</summary>
public static class OutputFormat
{
    public static string Check(string? value, params string[] allowed)
    {
        var format = (value ?? allowed[0]).ToLowerInvariant();
        return allowed.Contains(format)
            ? format
            : throw new UsageException($"--format must be one of {string.Join(", ", allowed)} (got '{value}')");
    }
}
