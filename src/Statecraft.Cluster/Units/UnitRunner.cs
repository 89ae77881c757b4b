using System.Globalization;
using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases.Scenarios;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Output;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Cluster.Units;

/// <summary>Runs one work unit, wherever it is: in this process or on a silo. Pure: the result depends on the unit alone.</summary>
internal static class UnitRunner
{
    private static readonly Lazy<CoderPipeline> Coder = new(() =>
        new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { DegreeOfParallelism = 1 }).Build());

    /// <summary>The unit's result as JSON.</summary>
    public static string Run(WorkUnit unit) => unit.Kind switch
    {
        UnitKinds.Code => UnitJson.Write(Code(UnitJson.Read<CodeInput>(unit.Input))),
        UnitKinds.Draws => UnitJson.Write(Draws(UnitJson.Read<DrawsInput>(unit.Input))),
        UnitKinds.Calibration => UnitJson.Write(Calibrate(UnitJson.Read<CalibrationInput>(unit.Input))),
        _ => throw new ArgumentException($"unknown unit kind '{unit.Kind}'", nameof(unit)),
    };

    internal static CodeOutput Code(CodeInput input)
    {
        var format = EventFormats.Parse(input.Format);
        var statistics = new CodingStatistics();
        var documents = input.Documents.Select(d => new Document(d.Id, d.Text, d.Date is null ? null : DocumentDates.TryParse(d.Date, out var date) ? date : (PartialDate?)null));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new EventWriter(text, format);
        foreach (var coded in Coder.Value.CodeAll(documents, statistics))
        {
            writer.Write(coded);
        }

        var lines = text.ToString();
        if (format != EventFormat.Jsonl && lines.Length > 0)
        {
            lines = lines[(lines.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }

        return new CodeOutput(lines, statistics.ToCounts());
    }

    internal static SensitivityDraws Draws(DrawsInput input)
    {
        var loaded = input.Case.Load();
        var c = input.Scenario is null ? loaded : ScenarioApplier.Apply(loaded, input.Scenario);
        return SensitivityRunner.RunDraws(c, input.Options.ToAnalysisOptions(), Request(input.Samples, input.Seed, input.Distribution), input.From, input.To);
    }

    internal static IReadOnlyList<CaseScore> Calibrate(CalibrationInput input)
    {
        var grid = ParameterSetting.Grid();
        return Calibration.ScoreCase(input.Case.Load(), [.. input.Settings.Select(s => grid[s])], input.Options.ToAnalysisOptions());
    }

    /// <summary>The request a draws unit belongs to (one core per unit: the cluster spreads the units).</summary>
    internal static SensitivityRequest Request(int samples, int seed, string distribution) =>
        new(samples, seed, Enum.Parse<DrawDistribution>(distribution, ignoreCase: true), MaxDegreeOfParallelism: 1);
}

/// <summary>Event output formats by name.</summary>
internal static class EventFormats
{
    public static EventFormat Parse(string value) => value.ToUpperInvariant() switch
    {
        "JSONL" => EventFormat.Jsonl,
        "CSV" => EventFormat.Csv,
        "TSV" => EventFormat.Tsv,
        _ => throw new ArgumentException($"'{value}' is not jsonl, csv or tsv", nameof(value)),
    };

    /// <summary>The header line of the format ("" for JSONL).</summary>
    public static string Header(EventFormat format) =>
        format == EventFormat.Jsonl ? string.Empty : string.Join(format == EventFormat.Csv ? "," : "\t", EventWriter.Fields) + "\n";
}
