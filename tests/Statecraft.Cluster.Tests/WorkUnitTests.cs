using Statecraft.Cluster.Units;

namespace Statecraft.Cluster.Tests;

/// <summary>The work-unit layer alone: keys, the write-once result folder, and every workload cut into units gives the single-process result.</summary>
public sealed class WorkUnitTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statecraft-units-test-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Key_SameInputs_SameKey_AnyChange_OtherKey()
    {
        var a = new WorkUnit(UnitKinds.Draws, "{\"from\":0}");
        a.Key.ShouldBe(new WorkUnit(UnitKinds.Draws, "{\"from\":0}").Key);
        a.Key.ShouldNotBe(new WorkUnit(UnitKinds.Draws, "{\"from\":1}").Key);
        a.Key.ShouldNotBe(new WorkUnit(UnitKinds.Calibration, "{\"from\":0}").Key);
        WorkUnit.KeyOf("other-code", a.Kind, a.Input).ShouldNotBe(a.Key);
        a.Key.Length.ShouldBe(64);
    }

    [Fact]
    public void Plan_SameInputsTwice_SameKeys()
    {
        Workloads.DrawUnits().Select(u => u.Key).ShouldBe(Workloads.DrawUnits().Select(u => u.Key));
        Workloads.CalibrationUnits().Select(u => u.Key).ShouldBe(Workloads.CalibrationUnits().Select(u => u.Key));
    }

    [Fact]
    public void ResultStore_SecondWriteOfAKey_KeepsTheFirst()
    {
        var store = new ResultStore(_folder);
        store.TryGet("ab12", out _).ShouldBeFalse();
        store.Put("ab12", "first").ShouldBe("first");
        store.Put("ab12", "second").ShouldBe("first");
        store.TryGet("ab12", out var stored).ShouldBeTrue();
        stored.ShouldBe("first");
        Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Code_InUnits_SameEventsAsOneRun()
    {
        var units = Workloads.CodeUnits(7);
        units.Count.ShouldBeGreaterThan(3);
        var results = await new LocalExecutor(new ResultStore(_folder)).RunAllAsync(units, TestContext.Current.CancellationToken);
        var (text, statistics) = Jobs.GatherCode(results, "jsonl");
        text.ShouldBe(Workloads.CodeSingleProcess());
        statistics.Documents.ShouldBe(Workloads.Documents.Count);
        statistics.Events.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Draws_InUnits_AndRerunFromTheStore_SameSweepAsOneRun()
    {
        var store = new ResultStore(_folder);
        var units = Workloads.DrawUnits();
        var first = await new LocalExecutor(store).RunAllAsync(units, TestContext.Current.CancellationToken);
        Workloads.DrawsGathered(first).ShouldBe(Workloads.DrawsSingleProcess());

        // A re-run reads every result under its key and computes nothing: a result marked in the folder comes back marked.
        Directory.GetFiles(_folder, "*.json", SearchOption.AllDirectories).Length.ShouldBe(units.Count);
        File.WriteAllText(store.PathOf(units[2].Key), "marked");
        var again = await new LocalExecutor(store).RunAllAsync(units, TestContext.Current.CancellationToken);
        again[2].ShouldBe("marked");
        again.Where((_, i) => i != 2).ShouldBe(first.Where((_, i) => i != 2));
    }

    [Fact]
    public async Task Calibration_InUnits_SameFoldsAsOneRun()
    {
        var results = await new LocalExecutor(new ResultStore(_folder)).RunAllAsync(Workloads.CalibrationUnits(), TestContext.Current.CancellationToken);
        Workloads.CalibrationGathered(results).ShouldBe(Workloads.CalibrationSingleProcess());
    }
}
