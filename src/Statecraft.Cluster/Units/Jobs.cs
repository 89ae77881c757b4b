using System.Text;
using Statecraft.Analysis.Evaluation;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases.Model;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Cluster.Units;

/// <summary>
/// The three workloads cut into units and put back together. Each plan is a pure function of the inputs, so the same
/// run always makes the same units (and keys); each gather gives what the single-process run gives, bit for bit.
/// </summary>
public static class Jobs
{
    /// <summary>Documents per coding unit, at most; a unit is closed earlier when its text passes <see cref="CodeUnitChars"/>.</summary>
    public const int CodeUnitDocuments = 500;

    /// <summary>Characters of text per coding unit (about 0.2 s of the coder on one core).</summary>
    public const int CodeUnitChars = 400_000;

    /// <summary>Monte Carlo draws per unit (about 0.1-0.5 s on one core for the reference case).</summary>
    public const int DrawsPerUnit = 250;

    /// <summary>Settings of the calibration grid per unit (24 units per case; about 1 s each on one core).</summary>
    public const int SettingsPerUnit = 24;

    public static IReadOnlyList<WorkUnit> PlanCode(IEnumerable<DocumentInput> documents, string format)
    {
        var units = new List<WorkUnit>();
        var batch = new List<DocumentInput>();
        var chars = 0;
        foreach (var document in documents)
        {
            batch.Add(document);
            chars += document.Text.Length;
            if (batch.Count >= CodeUnitDocuments || chars >= CodeUnitChars)
            {
                units.Add(new WorkUnit(UnitKinds.Code, UnitJson.Write(new CodeInput(format, [.. batch]))));
                (batch, chars) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            units.Add(new WorkUnit(UnitKinds.Code, UnitJson.Write(new CodeInput(format, batch))));
        }

        return units;
    }

    /// <summary>The events (with the header for CSV and TSV) and the coder's counts, from the units' results.</summary>
    public static (string Text, CodingStatistics Statistics) GatherCode(IReadOnlyList<string> results, string format)
    {
        var text = new StringBuilder(EventFormats.Header(EventFormats.Parse(format)));
        var statistics = new CodingStatistics();
        foreach (var result in results)
        {
            var output = UnitJson.Read<CodeOutput>(result);
            text.Append(output.Lines);
            statistics.Add(CodingStatistics.FromCounts(output.Counts));
        }

        return (text.ToString(), statistics);
    }

    public static IReadOnlyList<WorkUnit> PlanDraws(CaseFiles c, string? scenario, UnitOptions options, SensitivityRequest request, int drawsPerUnit = DrawsPerUnit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Samples);
        if (request.Thresholds is not null)
        {
            throw new ArgumentException("a sweep with given threshold spreads does not run as units yet", nameof(request));
        }

        return [.. Enumerable.Range(0, ((request.Samples - 1) / drawsPerUnit) + 1).Select(b => new WorkUnit(UnitKinds.Draws, UnitJson.Write(new DrawsInput(
            c, scenario, options, request.Samples, request.Seed, request.Distribution.ToString(), b * drawsPerUnit, Math.Min(request.Samples, (b + 1) * drawsPerUnit)))))];
    }

    /// <summary>The sweep from the units' results (<paramref name="c"/> is the case the draws ran on, scenario applied).</summary>
    public static SensitivityResult GatherDraws(Case c, SensitivityRequest request, IReadOnlyList<string> results) =>
        SensitivityRunner.Merge(c, request, [.. results.Select(UnitJson.Read<SensitivityDraws>)]);

    public static IReadOnlyList<WorkUnit> PlanCalibration(IReadOnlyList<CaseFiles> cases, UnitOptions options, int settingsPerUnit = SettingsPerUnit)
    {
        var grid = ParameterSetting.Grid().Count;
        return [.. cases.SelectMany(c => Enumerable.Range(0, ((grid - 1) / settingsPerUnit) + 1).Select(s => new WorkUnit(UnitKinds.Calibration, UnitJson.Write(new CalibrationInput(
            c, options, s * settingsPerUnit, Math.Min(grid, (s + 1) * settingsPerUnit))))))];
    }

    /// <summary>The leave-one-case-out result from the units' results, in the plan's order (case by case, slice by slice).</summary>
    public static LeaveOneOut GatherCalibration(IReadOnlyList<string> caseIds, IReadOnlyList<string> results, Analysis.AnalysisOptions options)
    {
        var perCase = results.Count / caseIds.Count;
        var scores = caseIds.Select((_, k) => (IReadOnlyList<CaseScore>)[.. results.Skip(k * perCase).Take(perCase).SelectMany(UnitJson.Read<List<CaseScore>>)]).ToList();
        return Calibration.FromScores(caseIds, scores, options);
    }
}
