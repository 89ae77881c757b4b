using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;
using Statecraft.Cluster.Hosting;
using Statecraft.Cluster.Units;

namespace Statecraft.Cluster.Tests;

/// <summary>An in-process cluster of two silos (Orleans' TestingHost) runs each workload's units; the results are the single-process run's.</summary>
public sealed class TwoSiloFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloTimeout>();
        builder.AddClientBuilderConfigurator<ClientTimeout>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

/// <summary>
/// The production setup's patience (ClusterSetup.ResponseTimeout) rather than Orleans' 30 s default: a calibration unit
/// grid-searches thousands of settings and on a loaded 2-core machine can outlast 30 s, which is not what these tests check.
/// </summary>
public sealed class SiloTimeout : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5));
}

/// <summary>The client side of <see cref="SiloTimeout"/>.</summary>
public sealed class ClientTimeout : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5));
}

public sealed class TwoSiloTests(TwoSiloFixture fixture) : IClassFixture<TwoSiloFixture>
{
    [Fact]
    public async Task Code_OnTwoSilos_SameEventsAsOneRun()
    {
        var results = await new ClusterExecutor(fixture.Cluster.Client).RunAllAsync(Workloads.CodeUnits(7), TestContext.Current.CancellationToken);
        Jobs.GatherCode(results, "jsonl").Text.ShouldBe(Workloads.CodeSingleProcess());
    }

    [Fact]
    public async Task Draws_OnTwoSilos_SameSweepAsOneRun()
    {
        var results = await new ClusterExecutor(fixture.Cluster.Client).RunAllAsync(Workloads.DrawUnits(), TestContext.Current.CancellationToken);
        Workloads.DrawsGathered(results).ShouldBe(Workloads.DrawsSingleProcess());
    }

    [Fact]
    public async Task Calibration_OnTwoSilos_SameFoldsAsOneRun()
    {
        var results = await new ClusterExecutor(fixture.Cluster.Client).RunAllAsync(Workloads.CalibrationUnits(), TestContext.Current.CancellationToken);
        Workloads.CalibrationGathered(results).ShouldBe(Workloads.CalibrationSingleProcess());
    }

    [Fact]
    public async Task Grain_UnitWhoseKeyDoesNotMatch_IsRefusedAndNotRetried()
    {
        var grain = fixture.Cluster.Client.GetGrain<IWorkUnitGrain>(new string('0', 64));
        await Should.ThrowAsync<InvalidOperationException>(() => grain.Run(UnitKinds.Draws, "{}"));
    }
}
