namespace Statecraft.Cli.Tests.Hostile;

/// <summary>Issue 13 item 3 and issue 15: option values are reported with the option's name; unknown options are usage errors.</summary>
public sealed class OptionMessageTests
{
    [Theory]
    [InlineData(new[] { "analyze", "--seed", "abc" }, "--seed: 'abc' is not an integer")]
    [InlineData(new[] { "analyze", "--samples=x" }, "--samples: 'x' is not an integer")]
    [InlineData(new[] { "events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", "--penalty", "NaN" }, "--penalty: 'NaN' is not a finite number")]
    [InlineData(new[] { "events", "series", "--from", "2017-01-01", "--to", "2016-01-01" }, "--from 2017-01-01 is after --to 2016-01-01")]
    [InlineData(new[] { "analyze", "--frobnicate" }, "Unknown option 'frobnicate'")]
    [InlineData(new[] { "bargain", "--rounds=-5", "t.csv" }, "--rounds must be between 1 and 1,000, not -5")]
    public void BadOptionValue_UsageErrorNamingTheOption(string[] args, string message)
    {
        // When
        var result = CliRunner.Run(args);

        // Then
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Debug_AddsTheStackTraceAfterTheMessage()
    {
        // When
        var plain = CliRunner.Run("events", "series", "--db", "/proc/version");
        var debug = CliRunner.Run("events", "series", "--db", "/proc/version", "--debug");

        // Then
        plain.ExitCode.ShouldBe(1);
        plain.Error.ShouldContain("not a Statecraft store (DuckDB database)");
        plain.Error.ShouldNotContain("   at ");
        debug.ExitCode.ShouldBe(1);
        debug.Error.ShouldContain("   at ");
    }
}
