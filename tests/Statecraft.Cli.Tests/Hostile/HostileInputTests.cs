using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Hostile;

/// <summary>
/// Runs the real CLI on every hostile input and requires 0 crashes, 0 hangs, 0 partial files, 0 changed inputs, and a
/// message that names the file, field or option for every input it must refuse (issue 15).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>Set to 1 to add the large inputs (<see cref="HostileInputs.Slow"/>).</summary>
    public const string SlowVariable = "STATECRAFT_HOSTILE_SLOW";

    /// <summary>A run still going after this long is a hang (the fast cases take about a second each).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void EveryHostileInput_IsRefusedCleanly_WithNothingLeftOrChanged()
    {
        // Given
        var slow = Environment.GetEnvironmentVariable(SlowVariable) == "1";
        var cases = HostileInputs.All().Concat(slow ? HostileInputs.Slow() : []).ToList();
        cases.Select(c => c.Name).ShouldBeUnique();
        using var temp = new TempDirectory();
        var store = ValidStore(temp);

        // When
        var clock = Stopwatch.StartNew();
        var bag = new ConcurrentBag<HostileResult>();
        Parallel.ForEach(
            cases.Select((c, i) => (c, i)),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 2, 4) },
            item => bag.Add(HostileRunner.Run(item.c, temp.File("case-" + item.i.ToString(CultureInfo.InvariantCulture)), store, Timeout)));
        clock.Stop();
        var results = bag.ToList();

        // Then
        var summary = Summary(results, clock.Elapsed, slow);
        output.WriteLine(summary);
        var report = Report(results);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "hostile-report.txt"), summary + "\n\n" + report);
        var bad = results.Where(r => r.Outcome is not (Outcome.Rejected or Outcome.Accepted)).OrderBy(r => r.Case.Name, StringComparer.Ordinal).ToList();
        bad.ShouldBeEmpty(summary + "\n" + string.Join("\n", bad.Select(Line)));
    }

    [Fact]
    public void Runner_FlagsACrashAPartialFileAndAChangedInput()
    {
        // Given: cases that a careless CLI would fail, checked against what the runner reports
        using var temp = new TempDirectory();
        var store = ValidStore(temp);
        var vague = new HostileCase("self-test", "names the wrong thing", _ => ["analyze", "--seed", "abc"], ["--samples"]);
        var accepted = new HostileCase("self-test", "accepted", _ => ["case", "validate", HostileFolder.ReferenceCase], ["x"]);
        var changed = new HostileCase("self-test", "store written", f => ["events", "import", HostileFolder.StoreFixture("coder-events.csv"), "--format", "csv", "--db", f.Store()], ["x"], Expect.RejectOrAccept);

        // When
        var results = new[] { vague, accepted, changed }.Select((c, i) => HostileRunner.Run(c, temp.File("self-" + i.ToString(CultureInfo.InvariantCulture)), store, Timeout)).ToList();

        // Then
        results[0].Outcome.ShouldBe(Outcome.Vague, results[0].Error);
        results[1].Outcome.ShouldBe(Outcome.WronglyAccepted, results[1].Error);
        results[2].Outcome.ShouldBe(Outcome.ChangedInput, results[2].Error);
    }

    /// <summary>A store with the coder-events fixture (66 JPN-USA events from 2015-11 to 2017-10), copied into each case's folder.</summary>
    private static string ValidStore(TempDirectory temp)
    {
        var store = temp.File("valid.duckdb");
        var import = CliRunner.Run("events", "import", HostileFolder.StoreFixture("coder-events.jsonl"), "--format", "jsonl", "--db", store);
        import.ExitCode.ShouldBe(0, import.Error);
        return store;
    }

    private static string Summary(List<HostileResult> results, TimeSpan elapsed, bool slow)
    {
        int Count(params Outcome[] outcomes) => results.Count(r => outcomes.Contains(r.Outcome));
        var classes = results.Select(r => r.Case.Class).Distinct().Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"hostile inputs{(slow ? " (with --slow cases)" : string.Empty)}: {results.Count} cases in {classes} classes, {Count(Outcome.Rejected)} clean rejections, {Count(Outcome.Accepted)} accepted, " +
            $"{Count(Outcome.Vague)} vague, {Count(Outcome.WronglyAccepted)} wrongly accepted, {Count(Outcome.Crash)} crashes, {Count(Outcome.Hang)} hangs, " +
            $"{Count(Outcome.PartialFile)} partial files, {Count(Outcome.ChangedInput)} changed inputs ({elapsed.TotalSeconds:0} s)");
    }

    private static string Report(IEnumerable<HostileResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results.OrderBy(r => r.Case.Class, StringComparer.Ordinal).ThenBy(r => r.Case.Name, StringComparer.Ordinal))
        {
            text.AppendLine(Line(r));
        }

        return text.ToString();
    }

    private static string Line(HostileResult r)
    {
        var message = r.Error.ReplaceLineEndings(" ");
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Outcome,-15} exit {r.ExitCode,2} {r.Elapsed.TotalSeconds,5:0.0}s  [{r.Case.Class}] {r.Case.Name}{(r.Detail.Length > 0 ? " (" + r.Detail + ")" : string.Empty)}: {message[..Math.Min(message.Length, 220)]}");
    }
}
