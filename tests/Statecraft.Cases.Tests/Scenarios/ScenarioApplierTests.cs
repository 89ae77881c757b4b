using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Scenarios;

namespace Statecraft.Cases.Tests.Scenarios;

public class ScenarioApplierTests
{
    private static readonly Model.Case Case = CaseLoader.Load(FullFeatureCase.Path);

    [Fact]
    public void Apply_CopyPositions_GivesTheNewExecutiveTheOldPositions()
    {
        // When
        var edited = ScenarioApplier.Apply(Case, "old-stays");

        // Then
        edited.FindIssue("trade")!.PositionOf("pm-new", "after")!.Value.ShouldBe(75);
        edited.FindIssue("security")!.PositionOf("pm-new", "after")!.Value.ShouldBe(0.1);
        edited.FindIssue("trade")!.Positions.Count(p => p.Actor == "pm-new" && p.Period == "after").ShouldBe(1);
        edited.FindStimulus("tariff").ShouldBeNull();
        Case.FindIssue("trade")!.PositionOf("pm-new", "after")!.Value.ShouldBe(20, "the original case is not changed");
    }

    [Fact]
    public void Apply_EveryOtherEdit_ChangesWhatItNames()
    {
        // When
        var edited = ScenarioApplier.Apply(Case, "cold");

        // Then
        edited.Ties.Single(t => t.From == "pm-a" && t.To == "pm-new").Affinity.ShouldBe(0);
        edited.Ties.Single(t => t.To == "CHN").Affinity.ShouldBe(-0.5);
        edited.FindActor("pm-new")!.Attribute("ideology").ShouldBe(0.9);
        var farmers = edited.FindIssue("trade")!.PositionOf("farmers", "after")!;
        (farmers.Value, farmers.Salience, farmers.Capability).ShouldBe((60, 0.5, 0.3));
        edited.FindIssue("security")!.PositionOf("CHN", "after").ShouldBeNull();
        edited.FindIssue("security")!.PositionOf("pm-new", "late")!.Value.ShouldBe(0.6);
        edited.FindIssue("trade")!.PositionOf("pm-new", "late").ShouldBeNull("copyPositions was limited to security");
    }

    [Fact]
    public void Apply_UnknownScenario_ListsTheKnownOnes() =>
        Should.Throw<InvalidInputException>(() => ScenarioApplier.Apply(Case, "nope"))
            .Errors[0].Message.ShouldBe("no scenario 'nope' in case 'full-feature' (it has: old-stays, cold)");
}
