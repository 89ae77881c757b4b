using System.Text.Json;
using Statecraft.Bargaining.ExpectedUtility;

namespace Statecraft.Bargaining.Tests.ExpectedUtility;

/// <summary>
/// Issue test (b): the scholz-code mode against the jmckib replication of Scholz's code, round by round.
/// </summary>
public sealed class ScholzCodeReproductionTests
{
    private const double Tolerance = 1e-6;

    private static BargainingResult RunReference(out JsonElement reference)
    {
        reference = ReferenceData.Json("data/bargaining/emission_standards_ref_jmckib.json").RootElement.Clone();
        var options = new BargainingOptions { MaxRounds = 10, ExpectedUtility = ExpectedUtilityOptions.ScholzCode };
        return new ExpectedUtilityModel().Run(ReferenceData.EmissionStandards(), options);
    }

    [Fact]
    public void Run_EmissionStandards_ReproducesEveryRoundOfTheReference()
    {
        // Given
        var result = RunReference(out var reference);
        var ids = result.ActorIds;

        // When
        var expectedRounds = reference.GetProperty("rounds").EnumerateArray().ToList();

        // Then
        result.Rounds.Length.ShouldBe(expectedRounds.Count + 1);
        foreach (var expected in expectedRounds)
        {
            var round = result.Rounds[expected.GetProperty("round").GetInt32()];
            round.Median.ShouldBe(expected.GetProperty("median_after").GetDouble(), Tolerance, $"median, round {round.Round}");
            round.Mean.ShouldBe(expected.GetProperty("weighted_mean_after").GetDouble(), Tolerance, $"mean, round {round.Round}");
            for (var i = 0; i < ids.Length; i++)
            {
                round.Positions[i].ShouldBe(expected.GetProperty("positions_after").GetProperty(ids[i]).GetDouble(), Tolerance, $"{ids[i]}, round {round.Round}");
                round.RiskExponents[i].ShouldBe(expected.GetProperty("risk_exponent_r").GetProperty(ids[i]).GetDouble(), Tolerance, $"r {ids[i]}, round {round.Round}");
            }
        }
    }

    [Fact]
    public void Run_EmissionStandards_ReproducesEveryMoveOfTheReference()
    {
        // Given
        var result = RunReference(out var reference);
        var ids = result.ActorIds;

        // When
        var expectedRounds = reference.GetProperty("rounds").EnumerateArray().ToList();

        // Then
        foreach (var expected in expectedRounds)
        {
            var round = result.Rounds[expected.GetProperty("round").GetInt32()];
            var moves = expected.GetProperty("moves").EnumerateArray().ToList();
            round.Moves.Length.ShouldBe(moves.Count, $"round {round.Round}");
            foreach (var (move, actual) in moves.Zip(round.Moves))
            {
                ids[actual.Actor].ShouldBe(move.GetProperty("actor").GetString());
                ids[actual.Proposer].ShouldBe(move.GetProperty("with").GetString());
                actual.Kind.ToString().ShouldBe(move.GetProperty("type").GetString(), StringCompareShould.IgnoreCase);
                actual.ExpectedUtilityOwn.ShouldBe(move.GetProperty("EU_i_ij").GetDouble(), Tolerance);
                actual.ExpectedUtilityProposer.ShouldBe(move.GetProperty("EU_i_ji").GetDouble(), Tolerance);
                actual.To.ShouldBe(move.GetProperty("new_position").GetDouble(), Tolerance);
            }
        }
    }
}
