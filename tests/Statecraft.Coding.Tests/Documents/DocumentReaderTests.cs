using Statecraft.Coding.Documents;
using Statecraft.Testing;

namespace Statecraft.Coding.Tests.Documents;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Read_JsonlWithBadRecords_SkipsAndCountsThem()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("news.jsonl", """
            {"id": "a", "date": "2017-02-03", "text": "Mattis visited Japan."}
            not json
            {"id": "b", "text": 5}
            {"id": "c", "date": "03/02/2017", "text": "x"}

            {"id": 7, "text": "Abe met Trump."}
            """);
        var problems = new InputProblems();

        // When
        var documents = DocumentReader.Read(path, null, null, problems).ToList();

        // Then
        documents.Select(d => d.Id).ShouldBe(["a", "7"]);
        documents[0].Date.ToString().ShouldBe("2017-02-03");
        problems.SkippedRecords.ShouldBe(3);
        problems.Errors.Select(e => e.Line).ShouldBe([2, 3, 4]);
    }

    [Fact]
    public void Read_JsonlRecordOverTheLimit_SkippedWithoutHoldingIt()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.File("big.jsonl");
        using (var writer = File.CreateText(path))
        {
            writer.Write("{\"id\": \"big\", \"text\": \"");
            writer.Write(new string('a', JsonlDocuments.MaxRecordBytes + 10));
            writer.Write("\"}\n{\"id\": \"small\", \"text\": \"Abe met Trump.\"}\n");
        }

        var problems = new InputProblems();

        // When
        var documents = DocumentReader.Read(path, null, null, problems).ToList();

        // Then
        documents.Single().Id.ShouldBe("small");
        problems.SkippedRecords.ShouldBe(1);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x41 }, "UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    public void Read_UnreadableTextFile_SkippedWithAClearMessage(byte[] bytes, string expected)
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.File("bad.txt");
        File.WriteAllBytes(path, bytes);
        var problems = new InputProblems();

        // When
        var documents = DocumentReader.Read(path, null, null, problems).ToList();

        // Then
        documents.ShouldBeEmpty();
        problems.SkippedFiles.ShouldBe(1);
        problems.Errors.Single().Message.ShouldContain(expected);
    }

    [Fact]
    public void Read_PetrarchXml_ReadsRecordsWithDatesAndIgnoresParses()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("sample.xml", """
            <Sentences>
            <Sentence date = "20080804" id ="S1" source = "AFP" sentence = "True">
            <Text>
            Bush met Hu in Beijing.
            </Text>
            <Parse>(ROOT (S (NP (NNP Bush))))</Parse>
            </Sentence>
            </Sentences>
            """);

        // When
        var document = DocumentReader.Read(path, null, null, new InputProblems()).Single();

        // Then
        document.Id.ShouldBe("S1");
        document.Text.ShouldBe("Bush met Hu in Beijing.");
        document.Date.ToString().ShouldBe("2008-08-04");
    }

    [Fact]
    public void Scan_TolerantPetrarchXml_RecordsExpectedEventsAndLines()
    {
        // Given: tags in any case, a self-closed Sentence closed again, a record without </Text>, a look-alike tag
        var xml = "<Sentences>\n"
            + "<SENTENCE id=\"a1\" date=\"20160101\"/><text>Abe &amp; Xi met.</text><eventcoding sourcecode=\"JPN\" targetcode = \"CHN\" eventcode=\"040\"/><EventCoding noevents=\"True\"></SENTENCE>\n"
            + "<Sentence id=\"a2\"><Text>no end\n"
            + "<Sentence id=\"a3\" date=\"2016\">\n<Parse>(ROOT (S (NP (NNP Trump))))</Parse>\n<Text>  Trump met Abe. </Text><EventCoding eventcode=\"040\" sourcecode=\"USA\">\n</Sentence>\n"
            + "<Sentences2 id=\"zz\"><Text>not a record</Text>\n"
            + "<Sentence><Text>no id</Text></Sentence>\n";

        // When
        var records = PetrarchXmlRecords.Scan(xml).ToList();

        // Then
        records.Select(r => (r.Id, r.Date, r.Text, r.Line)).ShouldBe([("a1", "20160101", "Abe & Xi met.", 2), ("a3", "2016", "Trump met Abe.", 4), ("record4", null, "no id", 9)]);
        records[0].Expected.ShouldBe([new PetrarchExpectedEvent("JPN", "CHN", "040")]);
        records[1].Expected.ShouldBe([new PetrarchExpectedEvent("USA", string.Empty, "040")]);
    }

    [Fact]
    public void Read_MarkdownAndHtml_MarkupRemoved()
    {
        // Given
        using var dir = new TempDirectory();
        var markdown = dir.Write("a.md", "# Title\n\nAbe *visited* [China](http://x) in **October 2018**.\n\n```\ncode()\n```\n");
        var html = dir.Write("a.html", "<html><head><style>p{}</style></head><body><p>Abe &amp; Xi met.</p><script>var x;</script></body></html>");

        // When
        var md = DocumentReader.Read(markdown, null, null, new InputProblems()).Single().Text;
        var ht = DocumentReader.Read(html, null, null, new InputProblems()).Single().Text;

        // Then
        md.ShouldContain("Abe visited China in October 2018.");
        md.ShouldNotContain("code()");
        ht.Trim().ShouldBe("Abe & Xi met.");
    }
}
