using Statecraft.Coding.Documents;
using Statecraft.Coding.Evaluation;
using Statecraft.Coding.Parity;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests.Parity;

public sealed class TreeCoderTests
{
    private const string Reported = "(ROOT (S (S (NP (NNP Brazil)) (VP (VBP are) (VP (VBG seeking) (NP (NN partnership))))) (, ,) (NP (NNP US) (NNP Secretary) (NNP Kupfer)) (VP (VBD said) (NP (NNP Wednesday))) (. .)))";

    [Fact]
    public void Parse_PennBracketing_LabelsAndWords()
    {
        // Given / When
        var tree = PennTree.Parse(Reported);

        // Then
        tree.ShouldNotBeNull();
        tree.Label.ShouldBe("ROOT");
        string.Join(' ', tree.Words()).ShouldBe("Brazil are seeking partnership , US Secretary Kupfer said Wednesday .");
    }

    [Theory]
    [InlineData("(ROOT (S (NP (NNP Brazil))")]
    [InlineData("(ROOT (S)) )")]
    [InlineData("(ROOT x)) (S)")]
    public void Parse_Unbalanced_Null(string text) => PennTree.Parse(text).ShouldBeNull();

    [Fact]
    public void Parse_DeeperThanTheLimit_Null()
    {
        // Given
        var deep = string.Concat(Enumerable.Repeat("(NP ", PennTree.MaxDepth + 1)) + "x" + new string(')', PennTree.MaxDepth + 1);

        // When / Then
        PennTree.Parse(deep).ShouldBeNull();
    }

    [Fact]
    public void Clauses_EachSubjectWithItsVerbPhrase_ReportingClauseApart()
    {
        // Given / When
        var clauses = TreeClauses.Of(PennTree.Parse(Reported)!);

        // Then: the reporting clause first (the outer S), each with its subject and its head verb
        clauses.Select(c => $"{string.Join(' ', c.Subject.Words())}|{c.Verb.Word}").ShouldBe(["US Secretary Kupfer|said", "Brazil|seeking"]);
    }

    [Fact]
    public void Code_RecordWithParse_EventsOfItsClauses()
    {
        // Given
        var record = new PetrarchRecord("r1", "20170301", "Japan criticized China, Abe said.", [], 1)
        {
            Parse = "(ROOT (S (S (NP (NNP Japan)) (VP (VBD criticized) (NP (NNP China)))) (, ,) (NP (NNP Abe)) (VP (VBD said)) (. .)))",
        };

        // When
        var events = new TreeCoder(Coders.BuiltIn).Code(record, Cases.Vocabulary.PartialDate.Parse("2017-03"));

        // Then
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["JPN>CHN:111"]);
        events[0].Text.ShouldBe(record.Text);
    }

    [Fact]
    public void Score_AgainstPetrarch2Table_CountsExactAndCountryLevelAgreement()
    {
        // Given: PETRARCH2 gives two events in s1 and none in s2; we give one exact, one at country level, one extra
        var reference = "sentence_id\tdate\tstatus\tsource\ttarget\tcameo\ns1\t20080806\tevents\tBRA\tUSA\t031\ns1\t20080806\tevents\tUSAGOV\tBRA\t042\ns2\t20080806\tnoevents\t\t\t\n";
        var ours = new Dictionary<string, List<CodedEvent>>
        {
            ["s1"] = [Event("s1", "BRA", "USA", "031"), Event("s1", "USAELI", "BRA", "043")],
            ["s2"] = [Event("s2", "FRA", "DEU", "040")],
        };

        // When
        var score = ParityScore.Score(reference, ours);

        // Then
        score.ShouldBe(new ParityScore(ReferenceEvents: 2, Reproduced: 1, ReproducedByCountry: 2, OurEvents: 3, OursInReference: 1, Sentences: 2, SentencesIdentical: 0));
    }

    private static CodedEvent Event(string doc, string source, string target, string code) =>
        new(doc, 0, null, Cases.Vocabulary.DatePrecision.Document, source, source[..3], target, target[..3], Statecraft.Coding.Ontology.CameoOntology.Get(code), [], false, string.Empty);
}
