using System.Text.Json;
using Statecraft.Reporting.Json;

namespace Statecraft.Reporting.Tests.Json;

public class AnalysisJsonTests
{
    [Fact]
    public void Serialize_HoldsTheContractFields()
    {
        // When
        using var json = JsonDocument.Parse(AnalysisJson.Serialize(ReportFixture.Input.Analysis, ReportFixture.Input.Provenance));
        var root = json.RootElement;

        // Then
        root.GetProperty("case").GetString().ShouldBe("japan-us-2016");
        root.GetProperty("seed").GetInt32().ShouldBe(42);
        root.GetProperty("basic_vector").GetProperty("held").GetBoolean().ShouldBeTrue();
        var labels = new[] { "assuage", "adapt", "exploit", "hedge", "resist", "none" };
        foreach (var issue in root.GetProperty("issues").EnumerateArray())
        {
            foreach (var field in new[] { "id", "title", "label", "phase_labels", "forecast", "observed_label", "observed_outcome", "explanation", "counterfactuals", "label_share" })
            {
                issue.TryGetProperty(field, out var _).ShouldBeTrue(field);
            }

            labels.ShouldContain(issue.GetProperty("label").GetString());
            issue.GetProperty("counterfactuals").EnumerateArray().All(c => c.TryGetProperty("variable", out var _) && c.TryGetProperty("label", out var _) && c.TryGetProperty("forecast", out var _)).ShouldBeTrue();
            issue.GetProperty("label_share").EnumerateObject().Sum(p => p.Value.GetDouble()).ShouldBe(1, 1e-9);
        }
    }
}
