using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Reads a case (one YAML file, or a directory whose <c>case.yaml</c> is the root) into a <see cref="Case"/>,
/// reporting syntax, type, missing and unknown fields with file, line and column (docs/case-format.md).
/// </summary>
/// <remarks>Meaning (references, ranges, provenance) is checked afterwards by <c>CaseValidator</c>.</remarks>
internal static class CaseReader
{
    /// <summary>The list sections a case may split across files, in the order they are written.</summary>
    internal static readonly string[] ListSections =
        ["periods", "sources", "actors", "ties", "issues", "stimuli", "events", "structural", "alliances", "facts", "observed", "scenarios"];

    internal static readonly string[] ScalarSections = ["formatVersion", "id", "title", "description", "focal", "partner", "shock"];

    /// <summary>The sections that are one mapping, written once in the whole case.</summary>
    internal static readonly string[] MapSections = ["basicVector"];

    /// <summary>Reads the case at <paramref name="path"/>; returns null with <paramref name="errors"/> filled when it cannot be read.</summary>
    public static Case? Read(string path, List<InputError> errors)
    {
        var files = CaseFiles(path, errors);
        if (files.Count == 0)
        {
            return null;
        }

        var before = errors.Count;
        var roots = files.Select(file => (Root: LoadRoot(file, DisplayName(path, file), errors), Name: DisplayName(path, file))).ToList();
        if (errors.Count > before)
        {
            // A file that cannot be read stops here: checking the others' fields without it only adds follow-on errors.
            return null;
        }

        var sections = new CaseSections(errors);
        foreach (var (root, name) in roots)
        {
            sections.Add(root!, name);
        }

        var result = sections.Build();
        return errors.Count > before || result is null ? null : result;
    }

    /// <summary>Reads YAML text as a single-file case named <paramref name="name"/> (used by tests and the web host).</summary>
    public static Case? ReadText(string text, string name, List<InputError> errors)
    {
        if (YamlLimits.Check(text, name) is { } problem)
        {
            errors.Add(problem);
            return null;
        }

        var root = ParseRoot(new StringReader(text), name, errors, text);
        if (root is null)
        {
            return null;
        }

        var before = errors.Count;
        var sections = new CaseSections(errors);
        sections.Add(root, name);
        var result = sections.Build();
        return errors.Count > before ? null : result;
    }

    private static List<string> CaseFiles(string path, List<InputError> errors)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            errors.Add(new InputError(path, 0, 0, string.Empty, "no such case file or directory"));
            return [];
        }

        var root = System.IO.Path.Combine(path, "case.yaml");
        if (!File.Exists(root))
        {
            errors.Add(new InputError(path, 0, 0, string.Empty, "a case directory needs a case.yaml"));
            return [];
        }

        foreach (var folder in Directory.GetDirectories(path, "*.yaml"))
        {
            errors.Add(new InputError(System.IO.Path.Combine(path, System.IO.Path.GetFileName(folder)), 0, 0, string.Empty, "is a directory; a case's sections are YAML files"));
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var others = Directory.GetFiles(path, "*.yaml")
            .Where(f => !string.Equals(System.IO.Path.GetFileName(f), "case.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [root, .. others];
    }

    private static string DisplayName(string casePath, string file) =>
        File.Exists(casePath) ? casePath : System.IO.Path.Combine(casePath, System.IO.Path.GetFileName(file));

    private static YamlMappingNode? LoadRoot(string file, string name, List<InputError> errors)
    {
        var size = new FileInfo(file).Length;
        if (size > YamlLimits.MaxFileBytes)
        {
            errors.Add(new InputError(name, 0, 0, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"the file has {size:N0} bytes; a case file may have at most {YamlLimits.MaxFileBytes:N0} (docs/limits.md)")));
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(file, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (System.Text.DecoderFallbackException)
        {
            errors.Add(new InputError(name, 0, 0, string.Empty, "the file is not valid UTF-8 text"));
            return null;
        }

        if (YamlLimits.Check(text, name) is { } problem)
        {
            errors.Add(problem);
            return null;
        }

        return ParseRoot(new StringReader(text), name, errors, text);
    }

    private static YamlMappingNode? ParseRoot(TextReader reader, string name, List<InputError> errors, string? text = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            var (line, column) = message.Contains("tab", StringComparison.OrdinalIgnoreCase) && text is not null && YamlLimits.FirstIndentingTab(text) is { } tab
                ? tab
                : ((int)ex.Start.Line, (int)ex.Start.Column);
            errors.Add(new InputError(name, line, column, string.Empty, "invalid YAML: " + message));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new InputError(name, 0, 0, string.Empty, "the file is empty"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            errors.Add(new InputError(name, (int)second.Line, (int)second.Column, string.Empty,
                "the file holds more than one YAML document (a second '---'); a case file is one document"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new InputError(name, 1, 1, string.Empty, "expected a mapping of sections at the top of the file"));
            return null;
        }

        return root;
    }
}
