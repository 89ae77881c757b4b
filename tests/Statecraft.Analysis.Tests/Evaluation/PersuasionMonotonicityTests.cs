using Statecraft.Analysis.Intervening;
using Statecraft.Analysis.Typology;
using static Statecraft.Analysis.Tests.SyntheticCase;

namespace Statecraft.Analysis.Tests.Evaluation;

/// <summary>
/// Eq. A5d as a property: over random bargaining tables, more access never moves the forecast away from the focal state's
/// position (the expected utility model's rounds are not monotone in an actor's weight; the forecasting rule is).
/// </summary>
public class PersuasionMonotonicityTests
{
    [Theory]
    [InlineData("eu")]
    [InlineData("median")]
    [InlineData("compromise")]
    public void Forecast_MoreAccess_NeverFartherFromTheFocalPosition(string model)
    {
        var random = new Random(20261201);
        var options = AnalysisOptions.Default with { Model = model };
        for (var table = 0; table < 40; table++)
        {
            // Given: a random table after the shock (focal leader, partner leader, third party, lobby).
            var focal = Math.Round(random.NextDouble() * 100);
            var positions = new List<P>
            {
                new("f-leader", "before", focal, 0.5, 1), new("p-old", "before", random.NextDouble() * 100, 0.5, 1),
                new("f-leader", "after", focal, Weight(random), Weight(random)),
                new("p-new", "after", random.NextDouble() * 100, Weight(random), Weight(random)),
                new("t-leader", "after", random.NextDouble() * 100, Weight(random), Weight(random)),
                new("lobby", "after", random.NextDouble() * 100, Weight(random), Weight(random)),
            };

            // When: the rapport grows from 0 to 1.
            var gaps = Enumerable.Range(0, 21).Select(k =>
            {
                var c = Build(positions, tie: k / 20.0);
                var view = new CaseView(c, options);
                return Math.Abs(new IssueAnalyzer(view, options).ForecastAfter(c.Issues[0], InterveningSwitches.All) - focal);
            }).ToList();

            // Then
            for (var k = 1; k < gaps.Count; k++)
            {
                gaps[k].ShouldBeLessThanOrEqualTo(gaps[k - 1] + 1e-9, $"table {table}, access {k / 20.0}: {string.Join(", ", gaps)}");
            }
        }
    }

    private static double Weight(Random random) => Math.Round(0.1 + (0.9 * random.NextDouble()), 2);
}
