using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Output;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Tests.Output;

public sealed class EventWriterTests
{
    private static readonly CodedEvent Sample = new(
        "doc,1", 3, PartialDate.Parse("2017-02"), DatePrecision.Month, "USAGOV", "USA", "IGOUNO", null,
        CameoOntology.Get("010"), ["trade", "security"], false, "He said \"no\",\tthen left.");

    private static string Write(EventFormat format)
    {
        using var text = new StringWriter();
        new EventWriter(text, format).Write(Sample);
        return text.ToString();
    }

    [Fact]
    public void Write_Jsonl_CodesAreStringsAndOrganisationsHaveNullCountry()
    {
        // Given / When
        var line = Write(EventFormat.Jsonl);

        // Then
        line.ShouldContain("\"cameo\":\"010\"");
        line.ShouldContain("\"target_country\":null");
        line.ShouldContain("\"issues\":[\"trade\",\"security\"]");
        line.ShouldEndWith("}\n");
    }

    [Fact]
    public void Write_Csv_QuotesFieldsWithCommasAndQuotes()
    {
        // Given / When
        var lines = Write(EventFormat.Csv).Split('\n');

        // Then
        lines[0].ShouldBe(string.Join(',', EventWriter.Fields));
        lines[1].ShouldStartWith("\"doc,1\",3,2017-02,month,USAGOV,USA,IGOUNO,,010,1,0.0,,trade;security,false,");
        lines[1].ShouldEndWith("\"He said \"\"no\"\",\tthen left.\"");
    }

    [Fact]
    public void Write_Tsv_TabsInTextBecomeSpaces()
    {
        // Given / When
        var row = Write(EventFormat.Tsv).Split('\n')[1].Split('\t');

        // Then
        row.Length.ShouldBe(EventWriter.Fields.Count);
        row[^1].ShouldBe("He said \"no\", then left.");
    }
}
