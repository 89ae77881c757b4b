using System.Text.Json;
using Statecraft.Cli.Infrastructure;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Coding;

public sealed class CodeCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = StatecraftApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Code_TextFile_JsonlWithTheContractFields()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "In October 2018, Abe paid the first visit to China by a Japanese prime minister in seven years.");

        // When
        var (code, output, _) = Run("code", path, "--format", "jsonl");

        // Then
        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output.Split('\n')[0]);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe([
            "doc", "sentence", "date", "date_precision", "source", "source_country", "target", "target_country",
            "cameo", "quad", "goldstein", "plover", "issues", "negated", "text"]);
        json.RootElement.GetProperty("date").GetString().ShouldBe("2018-10");
        json.RootElement.GetProperty("cameo").GetString().ShouldBe("042");
        json.RootElement.GetProperty("target_country").GetString().ShouldBe("CHN");
    }

    [Fact]
    public void Code_OutOption_WritesTheFileAndLeavesNoTemporary()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "In May 2017 Abe praised Trump.");
        var output = dir.File("events.csv");

        // When
        var (code, stdout, _) = Run("code", path, "--format", "csv", "--out", output);

        // Then
        code.ShouldBe(0);
        stdout.ShouldBeEmpty();
        File.ReadAllLines(output)[0].ShouldStartWith("doc,sentence,date,date_precision,source");
        Directory.GetFiles(dir.Path).Length.ShouldBe(2);
    }

    [Fact]
    public void Code_DocumentDate_UsedWhenTheNarrativeGivesNone()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Abe met Trump.");

        // When
        var (_, output, _) = Run("code", path, "--date", "2017-02-10", "--format", "tsv");

        // Then
        output.Split('\n')[1].Split('\t')[2..4].ShouldBe(["2017-02-10", "document"]);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--date", "yesterday")]
    [InlineData("--threads", "0")]
    public void Code_BadOptionValue_UsageExitCode(string option, string value)
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Abe met Trump.");

        // When
        var (code, _, error) = Run("code", path, option, value);

        // Then
        code.ShouldBe(StatecraftApp.Usage);
        error.ShouldContain(option);
    }

    [Fact]
    public void Code_BinaryAndEmptyFiles_SkippedWithMessagesAndBadInputExitCode()
    {
        // Given
        using var dir = new TempDirectory();
        var binary = dir.File("b.txt");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        var empty = dir.Write("e.txt", string.Empty);
        var good = dir.Write("g.txt", "In May 2017 Abe praised Trump.");

        // When
        var (code, output, error) = Run("code", binary, empty, good, "--format", "tsv");

        // Then
        code.ShouldBe(StatecraftApp.BadInput);
        error.ShouldContain("binary file");
        error.ShouldContain("empty file");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public void Code_FiftyMegabyteSingleLine_SkippedAsTooLongNotACrash()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.File("line.txt");
        File.WriteAllText(path, new string('x', 50 * 1024 * 1024));

        // When
        var (code, output, error) = Run("code", path, "--format", "tsv");

        // Then
        code.ShouldBe(0);
        output.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain("too long 1");
    }

    [Fact]
    public void Code_MalformedDictionaryLine_ReportedAndLeftOut()
    {
        // Given
        using var dir = new TempDirectory();
        var dictionary = dir.Write("extra-people.tsv", "state\tdefault\tnames\troles\nJPN\tLEG\tIshiba\tGOV sometime prime minister\nFRA\tELI\tJean Dupont\tGOV 2030-01-01.. president\n");
        var path = dir.Write("a.txt", "In May 2031 Jean Dupont praised Abe.");

        // When
        var (code, output, error) = Run("code", path, "--dictionary", dictionary, "--format", "tsv");

        // Then
        code.ShouldBe(0);
        error.ShouldContain("extra-people.tsv:2:4: roles:");
        output.ShouldContain("FRAGOV");
    }

    private const string ParsedRecords = """
        <Sentences>
        <Sentence date="20170301" id="parsed" source="test">
        <Text>Germany was criticized by France.</Text>
        <Parse>(ROOT (S (NP (NNP Germany)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP France))))) (. .)))</Parse>
        </Sentence>
        <Sentence date="20170302" id="unparsed" source="test">
        <Text>Abe praised Trump.</Text>
        </Sentence>
        </Sentences>
        """;

    [Fact]
    public void Code_ParityMode_RecordsCodedFromTheirTreesAndTheRestFromText()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("news.xml", ParsedRecords);

        // When
        var (code, output, error) = Run("code", path, "--mode", "parity", "--format", "tsv");

        // Then
        code.ShouldBe(0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split('\t')).ToList();
        rows.Select(r => $"{r[0]} {r[4]}>{r[6]} {r[8]}").ShouldBe(["parsed FRA>DEU 111", "unparsed JPNGOV>USAGOV 051"]);
        error.ShouldContain("parity mode: 1 records coded from their <Parse> trees, 1 from their text");
    }

    [Fact]
    public void Code_ParityMode_SameContractAsTextMode()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("news.xml", ParsedRecords);

        // When
        var (_, parity, _) = Run("code", path, "--mode", "parity", "--format", "jsonl");
        var (_, text, _) = Run("code", path, "--format", "jsonl");

        // Then
        using var fromTree = JsonDocument.Parse(parity.Split('\n')[0]);
        using var fromText = JsonDocument.Parse(text.Split('\n')[0]);
        fromTree.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(fromText.RootElement.EnumerateObject().Select(p => p.Name));
        fromTree.RootElement.GetProperty("date").GetString().ShouldBe("2017-03-01");
    }

    [Theory]
    [InlineData("a.txt", "France criticized Germany.", "is read as text")]
    [InlineData("a.jsonl", "{\"id\":\"1\",\"text\":\"France criticized Germany.\"}", "is read as jsonl")]
    [InlineData("a.xml", "<Sentences><Sentence id=\"1\"><Text>France criticized Germany.</Text></Sentence></Sentences>", "has none")]
    public void Code_ParityModeWithoutParseTrees_UsageError(string name, string content, string message)
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write(name, content);

        // When
        var (code, output, error) = Run("code", path, "--mode", "parity");

        // Then
        code.ShouldBe(StatecraftApp.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("--mode parity");
        error.ShouldContain(message);
    }

    [Fact]
    public void Code_Help_ExplainsTheParityMode()
    {
        // When
        var (code, output, _) = Run("code", "--help");

        // Then
        code.ShouldBe(0);
        output.ShouldContain("--mode");
        output.ShouldContain("<Parse>");
    }

    [Fact]
    public void Code_SyntaxMode_CodesTheClauseTheTextRulesMiss()
    {
        // Given: the event is in a clause after "after", its verb's object also the infinitive's subject (§10, N5)
        using var dir = new TempDirectory();
        var path = dir.Write("news.txt", "Peace talks resumed after the United States urged Syria to negotiate.\n");

        // When
        var (code, output, error) = Run("code", path, "--mode", "syntax", "--date", "2017-03-02", "--format", "tsv");
        var (_, text, _) = Run("code", path, "--date", "2017-03-02", "--format", "tsv");

        // Then
        code.ShouldBe(0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split('\t')).ToList();
        rows.Select(r => $"{r[4]}>{r[6]} {r[8]} {r[2]}").ShouldBe(["USA>SYR 020 2017-03-02"]);
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, "text mode finds nothing here (header only)");
    }

    [Fact]
    public void Code_SyntaxModeOnTheCluster_UsageError()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("news.txt", "France criticized Germany.");

        // When
        var (code, output, error) = Run("code", path, "--mode", "syntax", "--cluster", "127.0.0.1:1");

        // Then
        code.ShouldBe(StatecraftApp.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("--mode syntax runs in this process only");
    }
}
