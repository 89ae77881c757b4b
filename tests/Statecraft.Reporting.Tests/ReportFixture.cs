using Statecraft.Analysis;
using Statecraft.Analysis.Sensitivity;
using Statecraft.Cases;
using Statecraft.Reporting.Html;
using Statecraft.Testing;

namespace Statecraft.Reporting.Tests;

/// <summary>The reference case analysed once, with a small sweep and every scenario, for the report tests.</summary>
internal static class ReportFixture
{
    private static readonly Lazy<ReportInput> LazyInput = new(() =>
    {
        var c = CaseLoader.Load(RepoPaths.ReferenceCase);
        var analysis = CaseAnalyzer.Analyze(c, sensitivity: new SensitivityRequest(200, 42));
        var scenarios = c.Scenarios.Select(s => CaseAnalyzer.Analyze(c, s.Id)).ToList();
        return new ReportInput(analysis, null, scenarios, Provenance.Of(c));
    });

    public static ReportInput Input => LazyInput.Value;
}
