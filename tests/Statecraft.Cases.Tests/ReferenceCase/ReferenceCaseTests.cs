using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.ReferenceCase;

/// <summary>The bundled reference case (cases/japan-us-2016) is valid and covers the article.</summary>
public class ReferenceCaseTests
{
    private static readonly Model.Case Reference = CaseLoader.Load(RepoPaths.ReferenceCase);

    [Fact]
    public void Load_ReferenceCase_IsValid()
    {
        Reference.Id.ShouldBe("japan-us-2016");
        (Reference.Focal, Reference.Partner, Reference.Shock).ShouldBe(("JPN", "USA", "trump-elected"));
        Reference.FindStimulus(Reference.Shock)!.Date.ToString().ShouldBe("2016-11-08");
    }

    /// <summary>Every dated event of the article listed in article-events.tsv is in the case with that date.</summary>
    [Fact]
    public void ArticleEvents_AreAllEncodedWithTheirDates()
    {
        // Given
        var rows = File.ReadAllLines(RepoPaths.Of("tests", "Statecraft.Cases.Tests", "ReferenceCase", "article-events.tsv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var entries = Reference.Stimuli.Concat(Reference.Events).ToDictionary(e => e.Id);

        // Then
        rows.Count.ShouldBeGreaterThan(70);
        foreach (var row in rows)
        {
            entries.ShouldContainKey(row[0]);
            entries[row[0]].Date.ToString().ShouldBe(row[1], $"date of {row[0]}");
        }
    }

    [Theory]
    [InlineData("abe", "trump", "obama", "clinton", "hatoyama", "suga", "aso", "kono-taro", "kono-yohei", "sasae", "kawai", "yachi", "mori")]
    [InlineData("mattis", "pence", "ross", "sessions", "kushner", "ivanka-trump", "gray", "navarro", "xi", "kim-jong-un", "ri-yong-ho", "putin", "tsai")]
    [InlineData("nakaima", "onaga", "mofa", "kantei", "diet", "ldp", "dpj", "tpp", "tpp11", "us-car-makers", "japan-car-makers", "japan-farmers", "us-congress")]
    [InlineData("JPN", "USA", "CHN", "PRK", "KOR", "RUS", "AUS", "IND", "TWN")]
    public void Actors_IncludeEveryoneTheArticleNames(params string[] ids)
    {
        foreach (var id in ids)
        {
            Reference.FindActor(id).ShouldNotBeNull($"actor {id}");
        }
    }

    [Fact]
    public void Abe_HeldOfficeAtTheShockAndHisRoleIsDated()
    {
        var abe = Reference.FindActor("abe")!;
        abe.HeldRoleAt("prime-minister", new PartialDate(2016, 11, 17)).ShouldBeTrue();
        abe.HeldRoleAt("prime-minister", new PartialDate(2011, 1, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("bases-cost")]
    [InlineData("futenma")]
    [InlineData("tpp")]
    [InlineData("bilateral-trade")]
    [InlineData("north-korea")]
    [InlineData("china")]
    [InlineData("russia")]
    public void Issue_HasPositionsOfFocalAndPartnerExecutivesBeforeAndAfter(string id)
    {
        var issue = Reference.FindIssue(id)!;
        issue.PositionOf("abe", "before").ShouldNotBeNull();
        issue.PositionOf("abe", "after").ShouldNotBeNull();
        issue.PositionOf("obama", "before").ShouldNotBeNull();
        issue.PositionOf("trump", "after").ShouldNotBeNull();
        issue.Positions.ShouldAllBe(p => p.Provenance.IsGiven);
    }

    [Theory]
    [InlineData("bases-cost", ResponseLabel.Assuage)]
    [InlineData("tpp", ResponseLabel.Adapt)]
    [InlineData("bilateral-trade", ResponseLabel.Adapt)]
    [InlineData("north-korea", ResponseLabel.Exploit)]
    [InlineData("china", ResponseLabel.Exploit)]
    [InlineData("russia", ResponseLabel.Exploit)]
    public void Observed_LabelIsTheArticlesConclusion(string issue, ResponseLabel label) =>
        Reference.FindObservation(issue)!.Label.ShouldBe(label);

    /// <summary>The protocol's reading of the article (cases/japan-us-2016/observed.yaml): China turns to a hedge in 2018; on North Korea Tokyo, "having no other choice", followed the US shift (adapt).</summary>
    [Theory]
    [InlineData("north-korea", ResponseLabel.Adapt)]
    [InlineData("china", ResponseLabel.Hedge)]
    public void Observed_TwoPhaseIssues_ChangeIn2018(string issue, ResponseLabel late)
    {
        var phases = Reference.FindObservation(issue)!.Phases;
        phases.Select(p => p.Label).ShouldBe([ResponseLabel.Exploit, late]);
        phases[1].From.Year.ShouldBe(2018);
    }

    [Theory]
    [InlineData("host-share-jpn", 75)]
    [InlineData("host-share-kor", 40)]
    [InlineData("host-share-deu", 32.6)]
    [InlineData("land-forces-jpn", 7)]
    [InlineData("land-forces-kor", 70)]
    [InlineData("japanese-cars-built-us", 3_850_000)]
    [InlineData("japanese-cars-sold-us", 6_570_000)]
    [InlineData("proposed-car-tariff", 38)]
    [InlineData("aluminium-tariff", 10)]
    [InlineData("steel-tariff", 25)]
    [InlineData("threatened-car-tariff", 25)]
    public void Facts_HoldTheArticlesHardData(string id, double value) =>
        Reference.Facts.Single(f => f.Id == id).Value.ShouldBe(value);

    [Fact]
    public void Structural_ChinaPassedJapanIn2010AndDoubledItBy2016()
    {
        double Gdp(string state, int year) => Reference.Structural.Single(f => f.State == state && f.Year == year && f.Indicator == Indicator.Gdp).Value;

        (Gdp("CHN", 2009) < Gdp("JPN", 2009)).ShouldBeTrue();
        (Gdp("CHN", 2010) > Gdp("JPN", 2010)).ShouldBeTrue();
        (Gdp("CHN", 2016) > 2 * Gdp("JPN", 2016)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("JPN")]
    [InlineData("CHN")]
    [InlineData("KOR")]
    [InlineData("RUS")]
    [InlineData("AUS")]
    [InlineData("IND")]
    public void Structural_CoversEveryYear2009To2018(string state)
    {
        foreach (var indicator in new[] { Indicator.Gdp, Indicator.Milex, Indicator.Population })
        {
            var years = Reference.Structural.Where(f => f.State == state && f.Indicator == indicator).Select(f => f.Year).Order().ToList();
            years.ShouldBe(Enumerable.Range(2009, 10).ToList(), $"{state} {indicator}");
        }
    }

    [Fact]
    public void Structural_FiguresNameTheirPublisher() =>
        Reference.Structural.ShouldAllBe(f => f.Provenance.Source != null);

    [Fact]
    public void Scenarios_IncludeClintonWinsAndNoRapport()
    {
        Reference.FindScenario("clinton-wins").ShouldNotBeNull();
        Reference.FindScenario("no-rapport")!.Edits.OfType<SetTie>().ShouldContain(t => t.From == "abe" && t.To == "trump" && t.Affinity == 0);
    }

    [Fact]
    public void Sources_CarryFullCitations() =>
        Reference.Sources.ShouldAllBe(s => s.Citation.Length > 20, string.Join(", ", Reference.Sources.Select(s => s.Id)));
}
