using Statecraft.Cases.Json;
using Statecraft.Cases.Yaml;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Yaml;

public class CaseWriterTests
{
    [Fact]
    public void Write_FullFeatureCase_ReadsBackToTheSameCase()
    {
        // Given
        var original = CaseLoader.Load(FullFeatureCase.Path);

        // When
        var text = CaseWriter.ToText(original);
        var reread = CaseLoader.LoadText(text, "written.yaml");

        // Then
        CaseJson.Serialize(reread).ShouldBe(CaseJson.Serialize(original));
        CaseWriter.ToText(reread).ShouldBe(text);
        text.ShouldContain("cameo: \"036\"");
    }

    [Fact]
    public void WriteFile_WritesThroughTemporaryFile()
    {
        // Given
        using var dir = new TempDirectory();
        var original = CaseLoader.Load(FullFeatureCase.Path);

        // When
        CaseWriter.WriteFile(original, dir.File("case.yaml"));

        // Then
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).ShouldBe(["case.yaml"]);
        CaseLoader.Load(dir.File("case.yaml")).Actors.Count.ShouldBe(original.Actors.Count);
    }
}
