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
public static class CaseReader
{
    /// <summary>The list sections a case may split across files, in the order they are written.</summary>
    internal static readonly string[] ListSections =
        ["periods", "sources", "actors", "ties", "issues", "stimuli", "events", "structural", "facts", "observed", "scenarios"];

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
        var sections = new CaseSections(errors);
        foreach (var file in files)
        {
            var root = LoadRoot(file, DisplayName(path, file), errors);
            if (root is not null)
            {
                sections.Add(root, DisplayName(path, file));
            }
        }

        var result = sections.Build();
        return errors.Count > before || result is null ? null : result;
    }

    /// <summary>Reads YAML text as a single-file case named <paramref name="name"/> (used by tests and the web host).</summary>
    public static Case? ReadText(string text, string name, List<InputError> errors)
    {
        var root = ParseRoot(new StringReader(text), name, errors);
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

        var others = Directory.GetFiles(path, "*.yaml")
            .Where(f => !string.Equals(System.IO.Path.GetFileName(f), "case.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [root, .. others];
    }

    private static string DisplayName(string casePath, string file) =>
        File.Exists(casePath) ? casePath : System.IO.Path.Combine(casePath, System.IO.Path.GetFileName(file));

    private static YamlMappingNode? LoadRoot(string file, string name, List<InputError> errors)
    {
        using var reader = new StreamReader(file, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return ParseRoot(reader, name, errors);
        }
        catch (System.Text.DecoderFallbackException)
        {
            errors.Add(new InputError(name, 0, 0, string.Empty, "the file is not valid UTF-8 text"));
            return null;
        }
    }

    private static YamlMappingNode? ParseRoot(TextReader reader, string name, List<InputError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new InputError(name, (int)ex.Start.Line, (int)ex.Start.Column, string.Empty, "invalid YAML: " + (ex.InnerException?.Message ?? ex.Message)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new InputError(name, 0, 0, string.Empty, "the file is empty"));
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
