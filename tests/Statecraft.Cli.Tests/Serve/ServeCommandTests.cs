using Statecraft.Cli.Infrastructure;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Serve;

public class ServeCommandTests
{
    [Fact]
    public void Serve_NonLoopbackHostWithoutToken_ExitsWithUsageError()
    {
        // When
        var result = CliRunner.Run("serve", "--host", "0.0.0.0", "--port", "0");

        // Then
        result.ExitCode.ShouldBe(StatecraftApp.Usage);
        result.Error.ShouldContain("--token");
    }

    [Fact]
    public void Serve_MissingCasesFolder_ExitsWithUsageError()
    {
        // Given
        using var dir = new TempDirectory();

        // When
        var result = CliRunner.Run("serve", "--cases", dir.File("absent"), "--port", "0");

        // Then
        result.ExitCode.ShouldBe(StatecraftApp.Usage);
        result.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Serve_ShortToken_ExitsWithUsageError()
    {
        // When
        var result = CliRunner.Run("serve", "--token", "short", "--port", "0");

        // Then
        result.ExitCode.ShouldBe(StatecraftApp.Usage);
        result.Error.ShouldContain("16 characters");
    }
}
