using System.Diagnostics;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Readme;

/// <summary>
/// Runs every command the README shows (the blocks marked <c>readme-check</c>) and compares what it prints with the
/// README, so that its examples cannot go stale. With <c>STATECRAFT_README_WRITE=1</c> (<c>eng/readme-blocks.sh --write</c>)
/// a block that differs is rewritten with the output instead.
/// </summary>
/// <remarks>
/// The commands run in bash from a fresh folder beside a link named <c>shared</c> to the team's shared data, so that the
/// README's <c>../shared/...</c> paths resolve and print as written; <c>statecraft</c> is the CLI this test project built.
/// </remarks>
public sealed class ReadmeExampleTests
{
    private static readonly string ReadmePath = RepoPaths.Of("README.md");

    public static TheoryData<string> Blocks => [.. ReadmeBlocks.Parse(File.ReadAllText(ReadmePath)).Select(b => b.Name)];

    [Fact]
    public void Readme_MarksTheExamplesOfEachCommand()
    {
        // Given
        var names = ReadmeBlocks.Parse(File.ReadAllText(ReadmePath)).Select(b => b.Name).ToList();

        // Then
        names.ShouldBeUnique();
        names.ShouldBe(["analyze", "evaluate", "code", "events", "series", "bargain", "bargain-evaluate"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Readme_Block_PrintsWhatTheReadmeShows(string name)
    {
        // Given
        SharedData.RequireRoot();
        var blocks = ReadmeBlocks.Parse(File.ReadAllText(ReadmePath));
        var block = blocks.Single(b => b.Name == name);
        var before = block.After is null ? null : blocks.Single(b => b.Name == block.After).Commands;

        // When
        var (exitCode, output) = RunInBash(before, block.Commands);

        // Then
        exitCode.ShouldBe(0, output);
        if (ReadmeBlocks.Matches(block.Expected, output))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("STATECRAFT_README_WRITE") == "1")
        {
            // Parse again: an earlier block of this run may have moved the offsets.
            var readme = File.ReadAllText(ReadmePath);
            File.WriteAllText(ReadmePath, ReadmeBlocks.Replace(readme, ReadmeBlocks.Parse(readme).Single(b => b.Name == name), output));
            return;
        }

        ReadmeBlocks.Normalise(output).ShouldBe(
            ReadmeBlocks.Normalise(block.Expected),
            $"README block '{name}' is stale: run eng/readme-blocks.sh --write (then put back any … the block had).");
    }

    [Theory]
    [InlineData("a\n…\nd", "a\nb\nc\nd", true)]
    [InlineData("a\n…\nd", "a\nd", true)]
    [InlineData("took … s", "took 0.25 s", true)]
    [InlineData("a\nb", "a\nc", false)]
    [InlineData("a\n…", "b\nc", false)]
    [InlineData("a  \n\n", "a", true)]
    public void Matches_EllipsisLinesAndInlineEllipsis(string expected, string actual, bool matches) =>
        ReadmeBlocks.Matches(expected, actual).ShouldBe(matches);

    [Fact]
    public void Replace_RewritesOnlyTheOutputBlock()
    {
        // Given
        const string readme = "x\n<!-- readme-check: one -->\n```sh\nstatecraft a\n```\n\n```text\nold\n```\ny\n";
        var block = ReadmeBlocks.Parse(readme).Single();

        // When
        var rewritten = ReadmeBlocks.Replace(readme, block, "new 1\nnew 2\n");

        // Then
        block.Commands.ShouldBe("statecraft a\n");
        rewritten.ShouldBe("x\n<!-- readme-check: one -->\n```sh\nstatecraft a\n```\n\n```text\nnew 1\nnew 2\n```\ny\n");
    }

    private static (int ExitCode, string Output) RunInBash(string? before, string commands)
    {
        using var temp = new TempDirectory();
        var work = Directory.CreateDirectory(temp.File("work")).FullName;
        var link = File.CreateSymbolicLink(temp.File("shared"), SharedData.RequireRoot());
        try
        {
            return Run(work, before, commands);
        }
        finally
        {
            // Unlink first, so that deleting the temporary folder can never reach the shared data.
            link.Delete();
        }
    }

    private static (int ExitCode, string Output) Run(string work, string? before, string commands)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "statecraft.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var script = $$"""
            set -eo pipefail
            statecraft() { "{{dotnet}}" "{{cli}}" "$@"; }
            unset STATECRAFT_DB
            {{(before is null ? string.Empty : "{\n" + before + "} >/dev/null 2>&1\n")}}
            exec 2>&1
            {{commands}}
            """;
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
