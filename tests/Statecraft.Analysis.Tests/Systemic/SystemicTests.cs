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
}
