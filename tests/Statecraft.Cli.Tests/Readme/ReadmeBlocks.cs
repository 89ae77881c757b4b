using System.Text;
using System.Text.RegularExpressions;

namespace Statecraft.Cli.Tests.Readme;

/// <summary>
/// A README example that the tests run: the commands of the fenced block after a <c>&lt;!-- readme-check: NAME --&gt;</c>
/// marker and the output the README shows for them.
/// </summary>
/// <remarks>
/// Two forms. A <c>```sh</c> block of commands followed by a <c>```text</c> block with their output (standard output and
/// standard error, as a terminal shows them); or one <c>```console</c> block whose <c>$ </c> lines are the commands and
/// whose other lines are the output. <c>after=OTHER</c> on the marker runs block OTHER's commands first (its output is not
/// compared), so that a block can read the store an earlier block filled. In the expected output a line that is only
/// <c>…</c> stands for any number of lines, and <c>…</c> inside a line for any text (timings, say).
/// </remarks>
/// <param name="Name">The marker's name.</param>
/// <param name="After">The block whose commands run first, or null.</param>
/// <param name="Commands">The commands, one per line, as the README shows them.</param>
/// <param name="Expected">The output the README shows.</param>
/// <param name="Console">True for the <c>```console</c> form.</param>
/// <param name="Start">Offset in the README of the text that <see cref="ReadmeBlocks.Replace"/> rewrites.</param>
/// <param name="Length">Length of that text.</param>
internal sealed record ReadmeBlock(string Name, string? After, string Commands, string Expected, bool Console, int Start, int Length);

/// <summary>Finds the checked examples of a README, matches output against them and rewrites them.</summary>
internal static partial class ReadmeBlocks
{
    private const string Ellipsis = "…";

    /// <summary>Every checked block of <paramref name="readme"/>, in order.</summary>
    /// <exception cref="FormatException">A marker is not followed by the blocks it needs.</exception>
    public static IReadOnlyList<ReadmeBlock> Parse(string readme)
    {
        var blocks = new List<ReadmeBlock>();
        foreach (Match marker in Marker().Matches(readme))
        {
            var name = marker.Groups["name"].Value;
            var after = marker.Groups["after"].Success ? marker.Groups["after"].Value : null;
            var first = Fence().Match(readme, marker.Index + marker.Length);
            if (!first.Success)
            {
                throw new FormatException($"README: readme-check '{name}' is followed by no fenced block");
            }

            if (first.Groups["lang"].Value == "console")
            {
                var lines = first.Groups["body"].Value.Split('\n');
                var commands = string.Join('\n', lines.Where(l => l.StartsWith("$ ", StringComparison.Ordinal)).Select(l => l[2..]));
                var output = string.Join('\n', lines.Where(l => !l.StartsWith("$ ", StringComparison.Ordinal)));
                blocks.Add(new ReadmeBlock(name, after, commands, output, true, first.Groups["body"].Index, first.Groups["body"].Length));
                continue;
            }

            var second = Fence().Match(readme, first.Index + first.Length);
            if (!second.Success || second.Groups["lang"].Value != "text")
            {
                throw new FormatException($"README: readme-check '{name}': a ```{first.Groups["lang"].Value} block of commands must be followed by a ```text block of output");
            }

            blocks.Add(new ReadmeBlock(name, after, first.Groups["body"].Value, second.Groups["body"].Value, false, second.Groups["body"].Index, second.Groups["body"].Length));
        }

        return blocks;
    }

    /// <summary>True when <paramref name="actual"/> is what <paramref name="expected"/> shows, reading <c>…</c> as a wildcard.</summary>
    public static bool Matches(string expected, string actual)
    {
        var pattern = new StringBuilder("^");
        foreach (var line in Normalise(expected).Split('\n'))
        {
            if (line.Trim() is Ellipsis or "...")
            {
                pattern.Append(@"(?:[^\n]*\n)*?");
                continue;
            }

            pattern.Append(string.Join("[^\n]*", line.Split(Ellipsis).Select(Regex.Escape))).Append(@"\n");
        }

        return Regex.IsMatch(Normalise(actual) + "\n", pattern.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(10));
    }

    /// <summary>The README with <paramref name="block"/>'s output replaced by <paramref name="actual"/>.</summary>
    public static string Replace(string readme, ReadmeBlock block, string actual)
    {
        var output = Normalise(actual);
        var body = block.Console
            ? string.Join('\n', block.Commands.Split('\n').Select(c => "$ " + c)) + "\n" + output + "\n"
            : output + "\n";
        return string.Concat(readme.AsSpan(0, block.Start), body, readme.AsSpan(block.Start + block.Length));
    }

    /// <summary>Trailing spaces and blank lines dropped, line ends as <c>\n</c>.</summary>
    public static string Normalise(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"<!-- readme-check: (?<name>[\w-]+)(?: after=(?<after>[\w-]+))? -->")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^```(?<lang>\w*)\n(?<body>(?:(?!```)[^\n]*\n)*?)```", RegexOptions.Multiline)]
    private static partial Regex Fence();
}
