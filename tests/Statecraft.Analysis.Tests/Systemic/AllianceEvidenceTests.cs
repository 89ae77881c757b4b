using Statecraft.Analysis.Systemic;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Tests.Systemic;

/// <summary>Eq. S7: the basic vector read from alliance evidence first, issue positions only where a state has none.</summary>
public class AllianceEvidenceTests
{
    private static readonly SyntheticCase.P[] Positions =
    [
        new("f-leader", "before", 40, 0.5, 0.5), new("p-old", "before", 90, 0.5, 0.5), new("t-leader", "before", 40, 0.5, 0.5),
        new("f-leader", "after", 40, 0.5, 0.5), new("p-new", "after", 90, 0.5, 0.5), new("t-leader", "after", 40, 0.5, 0.5),
        new("f-leader", "later", 40, 0.5, 0.5), new("p-new", "later", 90, 0.5, 0.5), new("t-leader", "later", 40, 0.5, 0.5),
    ];

    private static Alliance Treaty(string with, int from, int? to, params Pledge[] pledges) =>
        new("AUS", with, AllianceKind.Treaty, pledges, from, to, new Provenance("s", null));

    private static BasicVector Vector(Case c, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        return BasicVector.Of(new CaseView(c, options), options);
    }

    [Fact]
    public void DefencePact_DecidesTheAlignment_OverCloserPositions()
    {
        // Given: the focal state's positions match the third state's, but its defence pact is with the partner.
        var c = SyntheticCase.Build(Positions) with { Alliances = [Treaty("NZL", 1990, null, Pledge.Defense)] };

        // When
        var vector = Vector(c, AnalysisOptions.Default with { MinIssueCoverage = 1 });

        // Then
        vector.Verdict.ShouldBe("held");
        vector.AlignedBefore.ShouldBe("NZL");
        vector.Readings.ShouldAllBe(r => r.Basis == AlignmentBasis.AllianceEvidence);
        vector.Readings[0].Evidence["NZL"].Treaty.ShouldBe(2);
    }

    [Fact]
    public void DefencePact_OutweighsANonAggressionPact()
    {
        var c = SyntheticCase.Build(Positions) with { Alliances = [Treaty("IDN", 1990, null, Pledge.Nonaggression), Treaty("NZL", 1990, null, Pledge.Defense)] };

        var vector = Vector(c);

        vector.AlignedBefore.ShouldBe("NZL");
        vector.Readings[0].Evidence["IDN"].Strength.ShouldBe(1);
    }

    [Fact]
    public void PactEndingAtTheShock_AndANewOne_ReadAsChanged()
    {
        // Given: the pact with the partner ends in 2019, a pact with the third state begins in 2020.
        var c = SyntheticCase.Build(Positions) with { Alliances = [Treaty("NZL", 1990, 2019, Pledge.Defense), Treaty("IDN", 2020, null, Pledge.Defense)] };

        var vector = Vector(c);

        vector.Verdict.ShouldBe("changed");
        vector.AlignedBefore.ShouldBe("NZL");
        vector.AlignedAfter.ShouldBe("IDN");
    }

    [Fact]
    public void JointDefenceActsAndForcesHosted_AddToTheEvidence()
    {
        // Given: equal non-aggression pacts with both; a joint exercise with the third state (CAMEO 062) in every period.
        var acts = """
              - { id: drill-1, date: 2019-06-01, kind: exercise, actor: AUS, target: IDN, summary: "Joint exercise.", cameo: "062", source: s }
              - { id: drill-2, date: 2020-06-01, kind: exercise, actor: IDN, target: AUS, summary: "Joint exercise.", cameo: "0621", source: s }
              - { id: drill-3, date: 2021-06-01, kind: exercise, actor: AUS, target: IDN, summary: "Joint exercise.", cameo: "062", source: s }
            """;
        var c = SyntheticCase.Build(Positions, extraStimuli: acts) with { Alliances = [Treaty("IDN", 1990, null, Pledge.Nonaggression), Treaty("NZL", 1990, null, Pledge.Nonaggression)] };

        var vector = Vector(c);

        vector.AlignedBefore.ShouldBe("IDN");
        vector.Readings[0].Evidence["IDN"].JointActs.ShouldBe(["drill-1"]);
        vector.Readings[1].Evidence["IDN"].JointActs.ShouldBe(["drill-2"]);

        // And: the partner's forces hosted in every year count as much as the joint acts.
        var withForces = c with { Alliances = [.. c.Alliances, new Alliance("AUS", "NZL", AllianceKind.Forces, [], 1990, null, new Provenance("s", null))] };
        var evidence = Vector(withForces).Readings[0].Evidence;
        evidence["NZL"].Forces.ShouldBeTrue();
        evidence["NZL"].Strength.ShouldBe(evidence["IDN"].Strength);
    }

    [Fact]
    public void WithoutAllianceEvidence_IssuePositionsDecideOnlyOverEnoughIssues()
    {
        var c = SyntheticCase.Build(Positions);

        // The case has one issue: below the default minimum of three, nothing can be read.
        var strict = Vector(c);
        strict.Verdict.ShouldBe("undetermined");
        strict.Readings.ShouldAllBe(r => r.Basis == AlignmentBasis.None);

        // With the minimum lowered to one issue, the closest state is read.
        var loose = Vector(c, AnalysisOptions.Default with { MinIssueCoverage = 1 });
        loose.Verdict.ShouldBe("held");
        loose.AlignedBefore.ShouldBe("IDN");
        loose.Readings.ShouldAllBe(r => r.Basis == AlignmentBasis.IssueAlignment);
        loose.Readings[0].IssuesCovered["IDN"].ShouldBe(1);
    }
}
