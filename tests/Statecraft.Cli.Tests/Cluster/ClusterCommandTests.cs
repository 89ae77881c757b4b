using System.Net;
using System.Net.Sockets;
using Statecraft.Cluster.Hosting;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Cluster;

/// <summary><c>--cluster</c> on the commands, against a silo in this process: the same output as the run without it.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public async Task AnalyzeSamplesAndEvaluateLoo_OnASilo_PrintWhatTheSingleProcessRunPrints()
    {
        // Given: one silo on free ports.
        var (port, gateway) = (FreePort(), FreePort());
        using var silo = new ClusterSetup(port, gateway, port).BuildSilo();
        await silo.StartAsync(TestContext.Current.CancellationToken);
        using var temp = new TempDirectory();
        var cluster = $"localhost:{gateway}";
        var cases = new[] { RepoPaths.ReferenceCase, RepoPaths.Of("cases", "japan-us-1971") };
        try
        {
            // When
            var analyze = CliRunner.Run("analyze", "--samples", "300", "--seed", "3", "--format", "json");
            var analyzeCluster = CliRunner.Run("analyze", "--samples", "300", "--seed", "3", "--format", "json", "--cluster", cluster, "--results", temp.File("r"));
            var evaluate = CliRunner.Run(["evaluate", .. cases, "--loo", "--format", "json"]);
            var evaluateCluster = CliRunner.Run(["evaluate", .. cases, "--loo", "--format", "json", "--cluster", cluster, "--results", temp.File("r")]);

            // Then
            analyzeCluster.ExitCode.ShouldBe(0, analyzeCluster.Error);
            analyzeCluster.Out.ShouldBe(analyze.Out);
            analyzeCluster.Error.ShouldContain("2 units, 2 calls, 0 retried");
            evaluateCluster.ExitCode.ShouldBe(0, evaluateCluster.Error);
            evaluateCluster.Out.ShouldBe(evaluate.Out);
        }
        finally
        {
            await silo.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [InlineData("--cluster", "elsewhere", "--cluster 'elsewhere'")]
    [InlineData("--cluster", "localhost:99999", "--cluster 'localhost:99999'")]
    public void Analyze_BadClusterValue_UsageError(string option, string value, string message)
    {
        var result = CliRunner.Run("analyze", "--samples", "10", option, value);
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
    }

    [Fact]
    public void Code_ClusterWithExtraDictionary_UsageError()
    {
        var result = CliRunner.Run("code", RepoPaths.Of("README.md"), "--cluster", "localhost", "--dictionary", RepoPaths.Of("README.md"));
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--cluster codes with the built-in dictionaries only");
    }

    [Fact]
    public void Worker_UnknownMembership_UsageError()
    {
        var result = CliRunner.Run("worker", "--membership", "zookeeper");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--membership: 'zookeeper' is not one of localhost, postgres");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
