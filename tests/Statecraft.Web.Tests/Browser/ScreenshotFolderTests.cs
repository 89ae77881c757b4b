using System.Diagnostics;
using Statecraft.Testing;

namespace Statecraft.Web.Tests.Browser;

/// <summary>A test run leaves the checkout clean: the browser tests' screenshots go to a folder git ignores.</summary>
public class ScreenshotFolderTests
{
    [Fact]
    public void ScreenshotFolder_IsInsideTheRepositoryAndIgnoredByGit()
    {
        // Given
        var screenshot = Path.Combine(PageTests.ScreenshotFolder, "cases.png");
        var relative = Path.GetRelativePath(RepoPaths.Root, screenshot);
        if (!Path.Exists(Path.Combine(RepoPaths.Root, ".git")))
        {
            Assert.Skip("Not a git checkout: nothing to keep clean.");
        }

        // When
        var start = new ProcessStartInfo("git", ["-C", RepoPaths.Root, "check-ignore", "--quiet", "--no-index", relative]) { RedirectStandardError = true };
        using var git = Process.Start(start)!;
        git.WaitForExit();

        // Then
        relative.ShouldNotStartWith("..");
        relative.ShouldNotStartWith("docs");
        git.ExitCode.ShouldBe(0, $"git does not ignore {relative}: a test run would leave the checkout dirty");
    }
}
