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
    public void Clauses_AuxiliaryChain_HeadIsTheInnermostVerb()
    {
        // Given: a modal and an auxiliary before the verb that carries the meaning
        var tree = PennTree.Parse("(ROOT (S (NP (NNP France)) (VP (MD will) (VP (VB have) (VP (VBN criticized) (NP (NNP Germany)))))))")!;

        // When
        var clause = TreeClauses.Of(tree).Single();

        // Then: "have ... criticized" is active (no form of be), its object follows the head
        clause.Verb.Word.ShouldBe("criticized");
        clause.Passive.ShouldBeFalse();
        string.Join(' ', clause.Following.SelectMany(n => n.Words())).ShouldBe("Germany");
    }

    [Fact]
    public void Clauses_BeWithParticiple_Passive()
    {
        // Given / When
        var clause = TreeClauses.Of(PennTree.Parse("(ROOT (S (NP (NNP Germany)) (VP (AUXD was) (VP (VBN criticized) (PP (IN by) (NP (NNP France)))))))")!).Single();

        // Then
        clause.Passive.ShouldBeTrue();
        clause.Verb.Word.ShouldBe("criticized");
    }

    [Fact]
    public void ActorsOf_CoordinatedNounPhrase_OneActorPerConjunct()
    {
        // Given: three conjuncts with commas, nested and flat
        var nested = PennTree.Parse("(NP (NP (NNP France)) (, ,) (NP (NNP Germany)) (, ,) (CC and) (NP (NNP Italy)))")!;
        var flat = PennTree.Parse("(NP (NNP France) (CC and) (NNP Germany))")!;
        var coder = new TreeCoder(Coders.BuiltIn);

        // When / Then
        coder.ActorsOf(nested).Select(a => a.Country).ShouldBe(["FRA", "DEU", "ITA"]);
        coder.ActorsOf(flat).Select(a => a.Country).ShouldBe(["FRA", "DEU"]);
    }

    [Theory]
    [InlineData("(NP (DT an) (JJ official) (CC and) (JJ long-awaited) (JJ three-day) (NN state) (NN visit))", "FRA>DEU:042")]
    [InlineData("(NP (DT an) (JJ official) (CC and) (JJ long-awaited) (JJ three-day) (NN state) (NN tribute))", "")]
    public void Code_PatternWordsInTheVerbPhrase_MatchedApartNotMissing(string objectPhrase, string expected)
    {
        // Given: "pay * visit to +" with six words between the verb and "visit" (the text coder's gap is four)
        var record = new PetrarchRecord("r1", "20170301", "France paid ... to Germany.", [], 1)
        {
            Parse = $"(ROOT (S (NP (NNP France)) (VP (VBD paid) {objectPhrase} (PP (TO to) (NP (NNP Germany)))) (. .)))",
        };

        // When
        var events = new TreeCoder(Coders.BuiltIn).Code(record, null);

        // Then: the pattern's later words must occur in the verb phrase, in order, but not next to the verb
        string.Join(' ', events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}")).ShouldBe(expected);
    }

    [Fact]
    public void Code_PatternWordInsideAModifierOfTheObject_NotTheVerbs()
    {
        // Given: "visit" modifies the object ("the costs of a visit"); it is not what France paid
        var record = new PetrarchRecord("r1", "20170301", "France paid the costs of a visit to Germany.", [], 1)
        {
            Parse = "(ROOT (S (NP (NNP France)) (VP (VBD paid) (NP (NP (DT the) (NNS costs)) (PP (IN of) (NP (DT a) (NN visit)))) (PP (TO to) (NP (NNP Germany)))) (. .)))",
        };

        // When
        var events = new TreeCoder(Coders.BuiltIn).Code(record, null);

        // Then: "pay * visit to +" does not match
        events.ShouldNotContain(e => e.Type.Code == "042");
    }

    [Theory]
    [InlineData("(NP (NP (DT The) (NN government)) (PP (IN of) (NP (NNP France))))", "FRAGOV")]
    [InlineData("(NP (DT The) (NN government))", "---GOV")]
    [InlineData("(NP (NNP France))", "FRA")]
    [InlineData("(NP (NP (JJ French) (NNS judges)) (VP (VBN sought) (PP (IN by) (NP (NNS rebels)))))", "FRAJUD")]
    [InlineData("(NP (NP (DT an) (NN attack)) (VP (VBG targeting) (NP (DT a) (NN mall)) (PP (IN in) (NP (NNP France)))))", "FRA")]
    public void ActorsOf_AgentAnywhereInThePhrase_AppendedToItsActor(string phrase, string expected)
    {
        // Given
        var coder = new TreeCoder(Coders.BuiltIn);

        // When
        var actors = coder.ActorsOf(PennTree.Parse(phrase)!);

        // Then: the agent before the state's name still codes it; an agent alone has no state; a modifying clause's
        // agents are another participant's (T12), though its actor codes a phrase that names none of its own
        actors.Select(a => a.Resolve(null).Code).ShouldBe([expected]);
    }

    [Fact]
    public void ActorsOf_ActorFromAPetrarchList_TakesTheAgentsToo()
    {
        // Given: an actor read from a PETRARCH actor list (a dated code, not one of the built-in states)
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddActors(b => Statecraft.Coding.Petrarch.PetrarchActorReader.Load(new StringReader("ACME_RELIEF_ [NGOXYZ]\n"), "test.actors.txt", b)).Build();

        // When
        var actors = new TreeCoder(pipeline).ActorsOf(PennTree.Parse("(NP (NP (NNS judges)) (PP (IN of) (NP (NNP Acme) (NNP Relief))))")!);

        // Then
        actors.Select(a => a.Resolve(null).Code).ShouldBe(["NGOXYZJUD"]);
    }

    [Fact]
    public void Code_PassiveOnlyCode_SubjectIsTheTarget()
    {
        // Given: a hand-written PETRARCH verb block whose pattern has only the passive half of a code pair
        const string verbs = "--- WEATHER [---] ---\nWEATHER\n- * SCOLDING [:111]\n";
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(verbs), "test.txt", b)).Build();
        var record = new PetrarchRecord("r1", "20170301", "France weathered a scolding from Germany.", [], 1)
        {
            Parse = "(ROOT (S (NP (NNP France)) (VP (VBD weathered) (NP (DT a) (NN scolding)) (PP (IN from) (NP (NNP Germany)))) (. .)))",
        };

        // When
        var events = new TreeCoder(pipeline).Code(record, null);

        // Then: "[:111]" makes the subject the one criticized
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["DEU>FRA:111"]);
    }

    [Fact]
    public void Code_EqualWeightPatterns_TheLaterLoadedDictionaryWins()
    {
        // Given: the built-in "fire at +" [193] and a PETRARCH block loaded after it with "FIRE * AT" [190], as specific
        const string verbs = "--- FIRE [190] ---\nFIRE\n- * AT [190]\n";
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(verbs), "test.txt", b)).Build();
        var tree = PennTree.Parse("(ROOT (S (NP (NNP France)) (VP (VBD fired) (NP (NNS batteries)) (PP (IN at) (NP (NNP Germany)))) (. .)))")!;

        // When
        var events = new TreeCoder(pipeline).Code(tree, "r1", "France fired batteries at Germany.", null);
        var builtInOnly = new TreeCoder(Coders.BuiltIn).Code(tree, "r1", "France fired batteries at Germany.", null);

        // Then: PETRARCH2's own pattern decides, as PETRARCH2 knows no other
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["FRA>DEU:190"]);
        builtInOnly.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["FRA>DEU:193"]);
    }

    /// <summary>A CAMEO.2.0-style verb block: a head code, a verb with its own code, and a pattern.</summary>
    private const string ReleaseBlock = "--- RELEASE [080] ---\nLIBERATE\nRELEASE [084]\n- * PRISONERS [0841]\n";

    [Theory]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD liberated) (NP (NNP Germany))) (. .)))", "FRA>DEU:080")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD released) (NP (NNP Germany))) (. .)))", "FRA>DEU:084")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD liberated) (NP (NNS prisoners)) (PP (IN from) (NP (NNP Germany)))) (. .)))", "FRA>DEU:0841")]
    public void Code_PetrarchBlockWithPatterns_VerbAloneTakesItsOwnOrTheBlockCode(string tree, string expected)
    {
        // Given: the built-in verbs ("release +" 0841) and a PETRARCH block that has a pattern
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(ReleaseBlock), "test.txt", b)).Build();

        // When
        var events = new TreeCoder(pipeline).Code(PennTree.Parse(tree)!, "r1", string.Empty, null);

        // Then (T13): a verb alone takes its own code (RELEASE [084]) or else the block's (080); a pattern's code
        // applies only when its words are there
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe([expected]);
    }

    [Fact]
    public void Code_PetrarchBlockWithPatterns_TextModeKeepsToThePatterns()
    {
        // Given: the same block; the text coder has no parse to tell a verb from a noun
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(ReleaseBlock), "test.txt", b)).Build();

        // When
        var events = pipeline.Code(new Document("r1", "France liberated Germany.", null)).ToList();

        // Then: the block's code goes to its verbs in the parity mode only
        events.ShouldBeEmpty();
    }

    [Fact]
    public void Code_ComplementWithoutTargetOfItsOwn_TakesTheHeadsTarget()
    {
        // Given: a PETRARCH block giving "discuss" a bare code, and a complement that names no actor
        const string verbs = "--- CONFER [010] ---\nDISCUSS [040]\n- * NUCLEAR [040]\n";
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(verbs), "test.txt", b)).Build();
        var tree = PennTree.Parse("(ROOT (S (NP (NNP France) (CC and) (NNP Germany)) (VP (MD will) (VP (VB meet) (PP (IN in) (NP (NNP Italy))) (S (VP (TO to) (VP (VB discuss) (NP (NN trade))))))) (. .)))")!;

        // When
        var events = new TreeCoder(pipeline).Code(tree, "r1", string.Empty, null);

        // Then (T13): the complement acts on the head's target, not among the subject's members
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["FRA>ITA:040", "DEU>ITA:040"]);
    }

    /// <summary>CAMEO.2.0's transformation lines, as its TRANSFORMATIONS section writes them.</summary>
    private const string Transformations = """
        ~ a (a b ATTACK) SAY = a b 015
        ~ a (b . ATTACK) SAY = a b 112
        ~ a (a b Q) SAY = a b Q
        ~ a (_ b ATTACK) WANT = a b 138
        ~ a (b . ATTACK ) WANT = a b 021
        """;

    [Theory]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (IN that) (S (NP (PRP it)) (VP (VBD attacked) (NP (NNP Germany))))))))", "FRA>DEU:015")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Germany)) (VP (AUXD had) (VP (VBN attacked) (NP (PRP itself)))))))))", "FRA>DEU:112")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD will) (VP (VB criticize) (NP (NNP Germany)))))))))", "FRA>DEU:111")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBZ wants) (S (VP (TO to) (VP (VB attack) (NP (NNP Germany))))))))", "FRA>DEU:138")]
    [InlineData("(ROOT (S (NP (NNP France)) (VP (VBZ wants) (S (NP (NNP Italy)) (VP (TO to) (VP (VB attack) (NP (NNP Germany))))))))", "FRA>ITA:021")]
    public void Code_ReportedOrWantedClause_TheDictionaryTransformationGivesOneEvent(string tree, string expected)
    {
        // Given: the built-in verbs ("attack +" 180, "criticize +" 111) and CAMEO.2.0's transformation rules
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries()
            .AddVerbs(b => Statecraft.Coding.Petrarch.PetrarchVerbReader.Load(new StringReader(Transformations), "test.txt", b)).Build();

        // When
        var events = new TreeCoder(pipeline).Code(PennTree.Parse(tree)!, "r1", string.Empty, null);

        // Then: the reporting (or wanting) clause and the reported one are one event, sourced from the outer subject
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe([expected]);
    }

    [Fact]
    public void Code_NoTransformationsLoaded_ReportedClauseCodedOnItsOwn()
    {
        // Given / When: the built-in dictionaries have no transformation rules
        var events = new TreeCoder(Coders.BuiltIn).Code(
            PennTree.Parse("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (IN that) (S (NP (PRP it)) (VP (VBD attacked) (NP (NNP Germany))))))))")!,
            "r1", string.Empty, null);

        // Then
        events.Select(e => $"{e.Source}>{e.Target}:{e.Type.Code}").ShouldBe(["FRA>DEU:180"]);
    }

    [Theory]
    [InlineData("~ a (a b ATTACK) SAY = a b 015", true)]
    [InlineData("~ a (a b Q) SAY = a b Q", true)]
    [InlineData("~ a (a b ATTACK) SAY = a b 999", false)]
    [InlineData("~ a (a b) SAY = a b 015", false)]
    public void TryParse_TransformationLine_RuleOrNull(string line, bool parsed) =>
        (Statecraft.Coding.Events.VerbTransformation.TryParse(line) is not null).ShouldBe(parsed);

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

    [Fact]
    public void CodeAll_ParityMode_ParsedDocumentsFromTheirTreesInInputOrder()
    {
        // Given: a pipeline in parity mode; the middle document has no parse, the last one an unreadable one
        var pipeline = new CoderPipelineBuilder().UseBuiltInDictionaries().WithOptions(new CoderOptions { Mode = CodingMode.Parity, DegreeOfParallelism = 2 }).Build();
        var date = Cases.Vocabulary.PartialDate.Parse("2017-03-01");
        Document[] documents =
        [
            new("passive", "Germany was criticized by France.", date) { Parse = "(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP France))))) (. .)))" },
            new("text", "Abe praised Trump.", date),
            new("unreadable", "Abe praised Trump.", date) { Parse = "1\tAbe\tAbe\tPROPN" },
        ];
        var statistics = new CodingStatistics();

        // When
        var events = pipeline.CodeAll(documents, statistics).ToList();

        // Then
        events.Select(e => $"{e.Doc} {e.Source}>{e.Target} {e.Type.Code}").ShouldBe(["passive FRA>DEU 111", "text JPNGOV>USAGOV 051", "unreadable JPNGOV>USAGOV 051"]);
        statistics.ParsedDocuments.ShouldBe(1);
        statistics.Documents.ShouldBe(3);
    }

    [Fact]
    public void CodeAll_TextMode_ParseIgnored()
    {
        // Given: the tree says France criticized Germany; the text names no verb with a pattern
        var document = new Document("d", "France and Germany.", null) { Parse = "(ROOT (S (NP (NNP France)) (VP (VBD criticized) (NP (NNP Germany)))))" };

        // When / Then
        Coders.BuiltIn.Code(document).ShouldBeEmpty();
    }
}
