using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Events;
using Statecraft.Coding.Petrarch;
using Statecraft.Coding.Pipeline;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests.Petrarch;

public sealed class PetrarchDictionaryTests
{
    private const string Folder = "data/eventcoding/petrarch2/";

    [Fact]
    public void LoadActors_DatedCodes_ResolveAtTheDateAndMalformedLinesReported()
    {
        // Given
        var text = """
            # comment
            BARACK_OBAMA_  # CountryInfo.txt
            +OBAMA_
            	[USAELI]
            	[USAGOV 090120-170120]
            BROKEN_ACTOR_ [usa gov]
            JAPAN_  [JPN]
            """;
        var builder = new ActorDictionaryBuilder();

        // When
        var report = PetrarchActorReader.Load(new StringReader(text), "test.actors.txt", builder);
        var finder = new MentionFinder(builder.Build());
        var obama = finder.Find(Statecraft.Coding.Text.Tokenizer.Tokenize("Obama spoke."), new MentionContext()).Single().Members[0];

        // Then
        report.Entries.ShouldBe(2);
        report.Errors.Select(e => e.Line).ShouldBe([6, 6]);
        obama.Resolve(PartialDate.Parse("2012-05")).Code.ShouldBe("USAGOV");
        obama.Resolve(PartialDate.Parse("2019")).Code.ShouldBe("USAELI");
    }

    [Theory]
    [InlineData("ACTIVIST [~OPP]", "activists", "OPP")]
    [InlineData("SECRETARY [~GOV]", "secretaries", "GOV")]
    [InlineData("BOSS [~BUS]", "bosses", "BUS")]
    [InlineData("POLICE {} [~COP]", "polices", null)]
    [InlineData("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]", "attorneys general", "GOVATG")]
    public void LoadAgents_NoPluralGiven_RegularPluralFormedAsPetrarchDoes(string line, string text, string? expected)
    {
        // Given
        var builder = new ActorDictionaryBuilder();
        PetrarchAgentReader.Load(new StringReader(line), "test.agents.txt", builder);
        var dictionary = builder.Build();

        // When
        var entries = dictionary.Match(Statecraft.Coding.Text.Tokenizer.Tokenize(text), 0, out _);

        // Then: "{}" means no plural, "{...}" an irregular one
        (entries?[0].Agent).ShouldBe(expected);
    }

    [Fact]
    public void LoadVerbs_SynsetsPatternsAndPairedCodes_BecomeProjectPatterns()
    {
        // Given
        var text = """
            &CURRENCY
            +DOLLAR
            +EURO

            ---  LEND   [---]  ---
            LEND {LENT LENDING}
            - * &CURRENCY (TO +)                 [071]   # LEND
            - * (BEFORE COURT)                   [:173]
            - * NONSENSE                         [9999]
            """;
        var builder = new VerbPatternSetBuilder();

        // When
        var report = PetrarchVerbReader.Load(new StringReader(text), "verbs.txt", builder);
        var set = builder.Build();

        // Then
        report.Entries.ShouldBe(2);
        report.Errors.Single().Message.ShouldContain("'9999' is not a CAMEO event code");
        set.StartingWith("lent").Select(p => p.Code).ShouldBe(["071", "173"], ignoreOrder: true);
    }

    [Fact]
    public void Load_PhoenixDictionaries_LoadAndCodeTheGigaWordTexts()
    {
        // Given
        var builder = new CoderPipelineBuilder();
        var reports = new[] { "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.IssueCoding.txt" }
            .Select(name => DictionaryFiles.Load(builder, SharedData.PathOf(Folder + name))).ToList();
        var pipeline = builder.Build();
        var statistics = new CodingStatistics();

        // When
        var events = pipeline.CodeAll(DocumentReader.Read(SharedData.PathOf(Folder + "GigaWord.sample.PETR.xml"), null, null, new InputProblems()), statistics).ToList();

        // Then
        reports.Select(r => r.Kind.Split(' ')[1]).ShouldBe(["verbs", "actors", "actors", "agents", "discards", "issues"]);
        reports[0].Entries.ShouldBeGreaterThan(4000);
        reports[1].Entries.ShouldBeGreaterThan(18000);
        reports.Sum(r => r.Errors.Count).ShouldBeGreaterThan(0);
        statistics.Documents.ShouldBe(76);
        statistics.DiscardedSentences.ShouldBeGreaterThan(0);
        events.Count.ShouldBeGreaterThan(20);
        events.ShouldContain(e => e.Doc == "AFP0808020742_2" && e.Source == "USA" && e.Target == "RUS");
        events.ShouldAllBe(e => e.DateText != null);
    }
}
