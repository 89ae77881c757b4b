using Statecraft.Bargaining.Evaluation;
using Statecraft.Bargaining.Spatial;
using Statecraft.Testing;

namespace Statecraft.Bargaining.Tests.Evaluation;

/// <summary>The DEU III benchmark (shared/data/deu): the weighted mean's MAE is the number to reproduce.</summary>
public sealed class DeuEvaluationTests
{
    private static DeuDataset Load()
    {
        using var reader = new StreamReader(SharedData.PathOf("data/deu/deu3_blksv.tsv"));
        return DeuParser.Parse(reader, "deu3_blksv.tsv");
    }

    [Fact]
    public void Parse_BlksvCopy_DropsTheGdpRowAndFinds353ScorableIssues()
    {
        // Given / When
        var dataset = Load();

        // Then
        dataset.Issues.Count.ShouldBe(364);
        dataset.SkippedRows.ShouldBe(1);
        dataset.Scorable.Count().ShouldBe(353);
        dataset.Issues[0].Id.ShouldBe("d00032i1");
        dataset.Issues[0].Outcome.ShouldBe(100);
    }

    [Fact]
    public void Evaluate_WeightedMean_ReproducesTheSalienceWeightedBaseline()
    {
        // Given (README: salience-weighted mean, 353 issues, MAE 23.61)
        var dataset = Load();

        // When
        var score = ModelEvaluation.Evaluate(dataset, [new CompromiseModel()], BargainingOptions.Default).Single();

        // Then
        score.Model.ShouldBe("compromise");
        score.Issues.ShouldBe(353);
        score.MeanAbsoluteError.ShouldBe(23.61, 0.005);
    }

    [Fact]
    public void Evaluate_EveryModel_ScoresAllIssuesWithFiniteErrors()
    {
        // Given
        var dataset = Load();

        // When
        var scores = ModelEvaluation.Evaluate(dataset, BargainingModels.All, BargainingOptions.Default);

        // Then
        scores.Select(s => s.Model).ShouldBe(BargainingModels.Names);
        scores.ShouldAllBe(s => s.Issues == 353 && s.MeanAbsoluteError > 15 && s.MeanAbsoluteError < 40);
    }
}
