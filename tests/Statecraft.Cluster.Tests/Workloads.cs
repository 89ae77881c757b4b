using System.Globalization;
using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases;
using Statecraft.Cluster.Units;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Output;
using Statecraft.Coding.Pipeline;
using Statecraft.Testing;

namespace Statecraft.Cluster.Tests;

/// <summary>The three workloads, small enough for CI, each with its single-process result to compare against.</summary>
internal static class Workloads
{
    public static readonly UnitOptions Options = UnitOptions.Default;

    public static readonly SensitivityRequest Sweep = new(600, 7);

    public static IReadOnlyList<string> LibraryCases { get; } =
        [.. Directory.GetDirectories(RepoPaths.Of("cases")).Where(d => File.Exists(Path.Combine(d, "case.yaml"))).Order(StringComparer.Ordinal).Take(3)];

    /// <summary>Documents: each paragraph of the reference case's README and of the docs, as a dated document.</summary>
    public static IReadOnlyList<DocumentInput> Documents { get; } =
        [.. Directory.GetFiles(RepoPaths.Of("docs"), "*.md").Order(StringComparer.Ordinal).Append(Path.Combine(RepoPaths.ReferenceCase, "README.md"))
            .SelectMany(f => File.ReadAllText(f).Split("\n\n").Select((p, i) => new DocumentInput($"{Path.GetFileName(f)}#{i}", p, "2017-02")))];

    public static IReadOnlyList<WorkUnit> CodeUnits(int documentsPerUnit) =>
        [.. Documents.Chunk(documentsPerUnit).SelectMany(c => Jobs.PlanCode(c, "jsonl"))];

    public static string CodeSingleProcess()
    {
        var coder = new CoderPipelineBuilder().UseBuiltInDictionaries().Build();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new EventWriter(text, EventFormat.Jsonl);
        var documents = Documents.Select(d => new Document(d.Id, d.Text, DocumentDates.TryParse(d.Date, out var date) ? date : null));
        foreach (var coded in coder.CodeAll(documents))
        {
            writer.Write(coded);
        }

        return text.ToString();
    }

    public static IReadOnlyList<WorkUnit> DrawUnits(int drawsPerUnit = 50) =>
        Jobs.PlanDraws(CaseFiles.Read(RepoPaths.ReferenceCase), null, Options, Sweep, drawsPerUnit);

    public static string DrawsSingleProcess() =>
        UnitJsonText(SensitivityRunner.Run(CaseLoader.Load(RepoPaths.ReferenceCase), Options.ToAnalysisOptions(), Sweep));

    public static string DrawsGathered(IReadOnlyList<string> results) =>
        UnitJsonText(Jobs.GatherDraws(CaseLoader.Load(RepoPaths.ReferenceCase), Sweep, results));

    public static IReadOnlyList<WorkUnit> CalibrationUnits(int settingsPerUnit = 96) =>
        Jobs.PlanCalibration([.. LibraryCases.Select(CaseFiles.Read)], Options, settingsPerUnit);

    public static string CalibrationSingleProcess() =>
        UnitJsonText(Calibration.LeaveOneCaseOut([.. LibraryCases.Select(CaseLoader.Load)], Options.ToAnalysisOptions()));

    public static string CalibrationGathered(IReadOnlyList<string> results) =>
        UnitJsonText(Jobs.GatherCalibration([.. LibraryCases.Select(c => CaseLoader.Load(c).Id)], results, Options.ToAnalysisOptions()));

    /// <summary>Every field of a result, doubles exactly (shortest round trip): equal text is an identical result.</summary>
    public static string UnitJsonText<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, UnitJsonOptions);

    private static readonly System.Text.Json.JsonSerializerOptions UnitJsonOptions = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
}
