using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Statecraft.Cluster.Hosting;
using Statecraft.Testing;

namespace Statecraft.Cluster.Tests;

/// <summary>
/// Two silo processes ('statecraft worker') on 127.0.0.1 and a client in this process: the second silo is killed (SIGKILL)
/// while units run, and still every unit's result comes back, identical to the single-process run, none lost.
/// </summary>
public sealed class KilledSiloTests
{
    [Fact]
    public async Task Draws_SecondSiloKilledMidRun_EveryResultIdentical()
    {
        // The project reference builds the CLI in the same configuration; its absence is a broken build, not a skip.
        var statecraft = StatecraftBinary();
        statecraft.ShouldNotBeNull("statecraft.dll is not in src/Statecraft.Cli/bin/<configuration>/net10.0");
        var clock = Stopwatch.StartNew();
        var ports = FreePorts(4);
        using var primary = StartWorker(statecraft!, ports[0], ports[1], ports[0]);
        using var secondary = StartWorker(statecraft!, ports[2], ports[3], ports[0]);
        try
        {
            await WaitUntilUp(primary);
            await WaitUntilUp(secondary);
            Log($"silos up at {clock.Elapsed.TotalSeconds:0.0} s");
            var setup = new ClusterSetup(Gateways: [ports[1], ports[3]]) { ResponseTimeout = TimeSpan.FromSeconds(15) };
            var (host, client) = await setup.ConnectAsync(TestContext.Current.CancellationToken);
            using (host)
            {
                var units = Workloads.DrawUnits(drawsPerUnit: 10);
                var executor = new ClusterExecutor(client, concurrency: 8, maxAttempts: 12, retryDelay: TimeSpan.FromMilliseconds(500));
                var run = executor.RunAllAsync(units, TestContext.Current.CancellationToken);

                // Mid-run: once the first units are back and others are in flight.
                while (executor.Statistics.Calls < 12 && !run.IsCompleted)
                {
                    await Task.Delay(20, TestContext.Current.CancellationToken);
                }

                run.IsCompleted.ShouldBeFalse("the run ended before the silo could be killed");
                secondary.Process.Kill();
                var killed = clock.Elapsed;
                var results = await run;
                Log($"killed at {killed.TotalSeconds:0.0} s after {executor.Statistics.Calls} calls; all {results.Count} units back {(clock.Elapsed - killed).TotalSeconds:0.0} s later");

                results.Count.ShouldBe(units.Count);
                Workloads.DrawsGathered(results).ShouldBe(Workloads.DrawsSingleProcess());
                Log($"{units.Count} units, {executor.Statistics.Calls} calls, {executor.Statistics.Retries} retried after the kill");
                await host.StopAsync(TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            primary.Stop();
            secondary.Stop();
        }
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private sealed class Worker(Process process) : IDisposable
    {
        private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Process Process => process;

        public Task Up => _up.Task;

        public List<string> Lines { get; } = [];

        public void Line(string? line)
        {
            if (line is null)
            {
                _up.TrySetException(new InvalidOperationException("worker exited: " + string.Join('\n', Lines)));
                return;
            }

            lock (Lines)
            {
                Lines.Add(line);
            }

            if (line.StartsWith("silo up", StringComparison.Ordinal))
            {
                _up.TrySetResult();
            }
        }

        public void Stop()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        public void Dispose() => process.Dispose();
    }

    private static Worker StartWorker(string statecraft, int port, int gateway, int primary)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { statecraft, "worker", "--port", $"{port}", "--gateway", $"{gateway}", "--primary", $"{primary}" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var worker = new Worker(process);
        process.ErrorDataReceived += (_, e) => worker.Line(e.Data);
        process.OutputDataReceived += (_, e) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return worker;
    }

    private static async Task WaitUntilUp(Worker worker) =>
        await worker.Up.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

    /// <summary>The statecraft.dll built by the same configuration as these tests.</summary>
    private static string? StatecraftBinary()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Release";
        var path = RepoPaths.Of("src", "Statecraft.Cli", "bin", configuration, "net10.0", "statecraft.dll");
        return File.Exists(path) ? path : null;
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
