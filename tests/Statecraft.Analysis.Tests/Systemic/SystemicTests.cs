using Statecraft.Analysis.Systemic;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Tests.Systemic;

public class SystemicTests
{
    private static StructuralFigure F(string state, Indicator indicator, double value) => new(state, 2016, indicator, value, null, Provenance.None);

    [Fact]
    public void CapabilityIndex_IsTheMeanOfAvailableShares()
    {
        // Given: A has 3/4 of GDP and 1/2 of population; B lacks a population figure.
        var index = new CapabilityIndex([F("AAA", Indicator.Gdp, 3), F("BBB", Indicator.Gdp, 1), F("AAA", Indicator.Population, 10), F("CCC", Indicator.Population, 10)]);

        // Then
        index.Of("AAA", 2016)!.Value.ShouldBe((0.75 + 0.5) / 2, 1e-12);
        index.Of("BBB", 2016)!.Value.ShouldBe(0.25, 1e-12);
        index.Of("AAA", 2020)!.Value.ShouldBe(index.Of("AAA", 2016)!.Value, "a later year falls back to the latest figure");
        index.Relative("AAA", "BBB", 2016)!.Value.ShouldBe(0.625 / 0.875, 1e-12);
    }

    [Fact]
    public void CapabilityIndex_AComponentMissingInAYear_FallsBackToItsLatestFigure()
    {
        // Given: AAA's military spending is missing in 2017; its GDP and BBB's figures are there.
        static StructuralFigure Y(string state, int year, Indicator indicator, double value) => new(state, year, indicator, value, null, Provenance.None);
        var index = new CapabilityIndex(
        [
            Y("AAA", 2016, Indicator.Gdp, 3), Y("AAA", 2016, Indicator.Milex, 1), Y("BBB", 2016, Indicator.Gdp, 1), Y("BBB", 2016, Indicator.Milex, 1),
            Y("AAA", 2017, Indicator.Gdp, 3), Y("BBB", 2017, Indicator.Gdp, 1), Y("BBB", 2017, Indicator.Milex, 1),
        ]);

        // Then: AAA's 2016 spending stands in for 2017, so its index is not its GDP share alone (0.75).
        index.Of("AAA", 2017)!.Value.ShouldBe((0.75 + 0.5) / 2, 1e-12);
        index.Of("BBB", 2017)!.Value.ShouldBe((0.25 + 0.5) / 2, 1e-12);
    }

    [Fact]
    public void BasicVector_WithoutStructuralFigures_IsUndetermined()
    {
        // Given: a synthetic case without structural figures.
        var c = SyntheticCase.Build([new("f-leader", "before", 50, 0.5, 0.5), new("p-old", "before", 50, 0.5, 0.5), new("f-leader", "after", 50, 0.5, 0.5)]);

        // When
        var vector = CaseAnalyzer.Analyze(c).BasicVector;

        // Then
        vector.Held.ShouldBeFalse();
        vector.Verdict.ShouldBe("undetermined");
    }

    [Fact]
    public void Analyze_IssueWithoutPositionsAfterTheShock_SaysWhichIssue()
    {
        var c = SyntheticCase.Build([new("f-leader", "before", 50, 0.5, 0.5)]);
        var error = Should.Throw<Statecraft.Cases.Diagnostics.InvalidInputException>(() => CaseAnalyzer.Analyze(c)).Errors.Single();
        error.Message.ShouldBe("issue 'issue' has no positions in period 'after': the engine needs at least one actor after the shock");
        error.Line.ShouldBeGreaterThan(0);
    }
}
