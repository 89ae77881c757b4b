using Statecraft.Coding.Documents;
using Statecraft.Coding.Evaluation;
using Statecraft.Coding.Pipeline;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests.Evaluation;

/// <summary>The development gold for the seed article (Evaluation/Gold/zakowski-seed.gold.tsv), scored with the rule.</summary>
public sealed class SeedAccuracyTests
{
    private const string SeedFile = "seed/zakowski-japan-foreign-policy-after-trump.txt";

    private static IReadOnlyList<GoldEvent> Gold()
    {
        using var reader = File.OpenText(RepoPaths.Of("tests", "Statecraft.Coding.Tests", "Evaluation", "Gold", "zakowski-seed.gold.tsv"));
        return GoldScorer.Read(reader, "zakowski-seed.gold.tsv");
    }

    private static IReadOnlyList<CodedEvent> CodeSeed()
    {
        var path = SharedData.PathOf(SeedFile);
        return [.. Coders.BuiltIn.CodeAll(DocumentReader.Read(path, null, null, new InputProblems()))];
    }

    /// <summary>What did not match, so that a failing run says why.</summary>
    private static string Explain(IReadOnlyList<CodedEvent> events, IReadOnlyList<GoldEvent> gold)
    {
        var scored = events.Where(e => !e.Negated && e.SourceCountry is not null && e.TargetCountry is not null && e.SourceCountry != e.TargetCountry);
        var wrong = scored.Where(e => !gold.Any(g => EventMatching.Matches(e, g)))
            .Select(e => $"FP {e.DateText} {e.SourceCountry}>{e.TargetCountry} q{e.Type.Quad} {e.Type.Code} #{e.Sentence}");
        var missed = gold.Where(g => !scored.Any(e => EventMatching.Matches(e, g)))
            .Select(g => $"FN {g.Date} {g.Source ?? string.Join(',', g.Parties)}>{g.Target} q{g.Quad} {g.Description}");
        return string.Join(Environment.NewLine, wrong.Concat(missed));
    }

    [Fact]
    public void Code_SeedArticle_MeetsPrecisionAndRecallTargets()
    {
        // Given
        var gold = Gold();

        // When
        var events = CodeSeed();
        var score = GoldScorer.Score(events, gold);

        // Then
        var details = score + Environment.NewLine + Explain(events, gold);
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.75, details);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.75, details);
    }

    [Theory]
    [InlineData("USA", "JPN", "042", "2017-02")] // Mattis's visit at the beginning of February 2017
    [InlineData("JPN", "USA", "046", "2017-04")] // the Economic Dialogue launched in mid-April 2017
    [InlineData("JPN", "CHN", "042", "2018-10")] // Abe's visit to China in October 2018
    public void Code_SeedArticle_DoneWhenEventsHaveResolvedDates(string source, string target, string cameo, string date)
    {
        // Given / When
        var events = CodeSeed();

        // Then
        events.ShouldContain(e => e.SourceCountry == source && e.TargetCountry == target && e.Type.Code == cameo && e.DateText == date);
    }
}
