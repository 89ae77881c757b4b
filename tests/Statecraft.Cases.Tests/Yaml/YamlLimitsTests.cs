using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Files;
using Statecraft.Cases.Yaml;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Yaml;

/// <summary>Issue 15: hostile case files give one error at the right line, and outputs never replace inputs.</summary>
public sealed class YamlLimitsTests
{
    [Fact]
    public void Check_NestedDeeperThanTheLimit_NamesTheLineInsteadOfOverflowingTheStack()
    {
        // Given
        var text = "id: x\ndescription: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        // When
        var error = YamlLimits.Check(text, "case.yaml");

        // Then
        error.ShouldNotBeNull();
        error.Line.ShouldBe(2);
        error.Message.ShouldContain("nested more than 64 levels");
    }

    [Fact]
    public void Check_BracketsAndApostrophesInQuotedAndPlainText_AreNotNesting()
    {
        // Given: 200 lines whose text holds unbalanced brackets inside quotes, and apostrophes in plain scalars
        var lines = Enumerable.Range(0, 200).Select(i => $"  - {{ id: a{i}, title: Abe's visit, note: \"[unclosed {{ in quotes\", other: 'it''s [x' }}");

        // When
        var error = YamlLimits.Check("items:\n" + string.Join('\n', lines) + "\n", "case.yaml");

        // Then
        error.ShouldBeNull();
    }

    [Fact]
    public void Read_TabInCaseYaml_OneErrorAtTheTabsLine()
    {
        // Given: the reference case with a tab indenting line 18 of case.yaml
        using var temp = new TempDirectory();
        var reference = RepoPaths.Of("cases", "japan-us-2016");
        foreach (var file in Directory.GetFiles(reference, "*.yaml"))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }

        var lines = File.ReadAllLines(temp.File("case.yaml"));
        var at = Array.FindIndex(lines, l => l.StartsWith("  - { id: after", StringComparison.Ordinal));
        lines[at] = "\t" + lines[at].TrimStart();
        File.WriteAllLines(temp.File("case.yaml"), lines);
        var errors = new List<InputError>();

        // When
        var read = CaseReader.Read(temp.Path, errors);

        // Then
        read.ShouldBeNull();
        var only = errors.ShouldHaveSingleItem();
        only.File.ShouldEndWith("case.yaml");
        only.Line.ShouldBe(at + 1);
        only.Message.ShouldContain("tab");
    }

    [Theory]
    [InlineData("id: x\n---\nid: y\n", "more than one YAML document")]
    [InlineData("id: x\0\n", "NUL byte")]
    public void ReadText_SecondDocumentOrNulByte_IsAnError(string text, string message)
    {
        // Given
        var errors = new List<InputError>();

        // When
        var read = CaseReader.ReadText(text, "case.yaml", errors);

        // Then
        read.ShouldBeNull();
        errors.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Fact]
    public void OutputFile_WriteFails_TemporaryRemovedAndTargetUntouched()
    {
        // Given
        using var temp = new TempDirectory();
        var target = temp.Write("out.txt", "before");

        // When
        Should.Throw<InvalidOperationException>(() => OutputFile.WriteText(target, "--out", [], w =>
        {
            w.Write("half");
            throw new InvalidOperationException("disk full");
        }));

        // Then
        File.ReadAllText(target).ShouldBe("before");
        Directory.GetFiles(temp.Path).ShouldBe([target]);
    }

    [Fact]
    public void OutputFile_TargetIsAnInputThroughALink_IsRefused()
    {
        // Given
        using var temp = new TempDirectory();
        var input = temp.Write("in.txt", "text");
        var link = temp.File("link.txt");
        File.CreateSymbolicLink(link, input);

        // When
        var error = Should.Throw<InvalidInputException>(() => OutputFile.Check(link, "--out", [input]));

        // Then
        error.Errors.ShouldHaveSingleItem().Message.ShouldContain("is one of this command's inputs");
        File.ReadAllText(input).ShouldBe("text");
    }
}
