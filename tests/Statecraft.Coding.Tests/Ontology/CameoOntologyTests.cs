using Statecraft.Coding.Ontology;

namespace Statecraft.Coding.Tests.Ontology;

public sealed class CameoOntologyTests
{
    [Fact]
    public void Get_CodesAreStrings_ZeroPaddedCodeDiffersFromRoot()
    {
        // Given / When
        var statement = CameoOntology.Get("010");
        var demand = CameoOntology.Get("10");

        // Then
        statement.Label.ShouldStartWith("Make statement");
        demand.Quad.ShouldBe(3);
        CameoOntology.IsCode("0100").ShouldBeFalse();
    }

    [Theory]
    [InlineData("042", 1, 1.9, "CONSULT")]
    [InlineData("057", 1, 8.0, "SUPPORT")]
    [InlineData("0871", 2, 9.0, "RETREAT")]
    [InlineData("111", 3, -2.0, "ACCUSE")]
    [InlineData("190", 4, -10.0, "ASSAULT")]
    public void Get_KnownCode_HasQuadGoldsteinAndPlover(string code, int quad, double goldstein, string plover)
    {
        // Given / When
        var type = CameoOntology.Get(code);

        // Then
        type.Quad.ShouldBe(quad);
        type.Goldstein.ShouldBe(goldstein);
        type.Plover.ShouldBe(plover);
    }

    [Fact]
    public void All_EveryCode_HasQuadMatchingItsRoot()
    {
        // Given / When
        var types = CameoOntology.All.ToList();

        // Then
        types.Count.ShouldBe(311);
        types.ShouldAllBe(t => t.Quad == (int.Parse(t.Root) <= 5 ? 1 : int.Parse(t.Root) <= 8 ? 2 : int.Parse(t.Root) <= 13 ? 3 : 4));
    }
}
