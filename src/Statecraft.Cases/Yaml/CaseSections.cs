using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

/// <summary>Joins the top-level sections of a case's files and builds the <see cref="Case"/> from them.</summary>
internal sealed class CaseSections(List<InputError> errors)
{
    private readonly Dictionary<string, List<(YamlNode Node, string File)>> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (YamlMappingNode Owner, string File)> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _scalarAt = new(StringComparer.Ordinal);
    private MapReader? _header;

    public void Add(YamlMappingNode root, string file)
    {
        var reader = new MapReader(root, file, string.Empty, errors);
        _header ??= reader;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var at = new SourceLocation(file, (int)value.Start.Line, (int)value.Start.Column);
            if (CaseReader.ListSections.Contains(key))
            {
                if (!_lists.TryGetValue(key, out var parts))
                {
                    _lists[key] = parts = [];
                }

                parts.Add((value, file));
            }
            else if (CaseReader.ScalarSections.Contains(key) || CaseReader.MapSections.Contains(key))
            {
                if (_scalarAt.TryGetValue(key, out var first))
                {
                    errors.Add(new InputError(file, at.Line, at.Column, key, $"'{key}' is already set at {first}"));
                    continue;
                }

                _scalars[key] = (root, file);
                _scalarAt[key] = at;
            }
            else
            {
                errors.Add(new InputError(file, at.Line, at.Column, key, $"unknown field '{key}'"));
            }
        }
    }

    public Case? Build()
    {
        if (_header is null)
        {
            return null;
        }

        var header = HeaderReader();
        var version = header.Integer("formatVersion");
        if (version is not { } v || v < Case.OldestFormatVersion || v > Case.CurrentFormatVersion)
        {
            var at = _scalarAt.GetValueOrDefault("formatVersion", header.Location);
            errors.Add(new InputError(at.File.Length > 0 ? at.File : header.File, at.Line, at.Column, "formatVersion",
                $"formatVersion {Case.OldestFormatVersion} or {Case.CurrentFormatVersion} is required"));
        }

        List<Located> structural = [];
        var result = new Case
        {
            FormatVersion = version ?? Case.CurrentFormatVersion,
            Id = Scalar("id", required: true) ?? string.Empty,
            Title = Scalar("title", required: true) ?? string.Empty,
            Description = Scalar("description"),
            Focal = Scalar("focal", required: true) ?? string.Empty,
            Partner = Scalar("partner", required: true) ?? string.Empty,
            Shock = Scalar("shock", required: true) ?? string.Empty,
            Periods = ListOf("periods", Period.Shape.Read),
            Sources = ListOf("sources", Source.Shape.Read),
            Actors = ListOf("actors", Actor.Shape.Read),
            Ties = ListOf("ties", Tie.Shape.Read),
            Issues = ListOf("issues", Issue.Shape.Read),
            Stimuli = ListOf("stimuli", DatedEntry.Shape.Read),
            Events = ListOf("events", DatedEntry.Shape.Read),
            Structural = [.. (structural = ListOf("structural", StructuralReader.Entry)).OfType<StructuralFigure>()],
            StructuralReferences = [.. structural.OfType<StructuralReference>()],
            Alliances = ListOf("alliances", Alliance.Shape.Read),
            Facts = ListOf("facts", Fact.Shape.Read),
            Observed = ListOf("observed", Observation.Shape.Read),
            Scenarios = ListOf("scenarios", ScenarioReader.Scenario),
            BasicVector = MapOf("basicVector", ObservedVector.Shape.Read),
        };
        return result with
        {
            Location = header.Location,
            Fields = _scalarAt.ToDictionary(kv => kv.Key, kv => kv.Value),
        };
    }

    private MapReader HeaderReader()
    {
        // The header is read from case.yaml (the first file); a scalar written in another file is read from there.
        return new MapReader(
            _scalars.TryGetValue("formatVersion", out var v) ? v.Owner : new YamlMappingNode(),
            _scalars.TryGetValue("formatVersion", out var f) ? f.File : _header!.File,
            string.Empty,
            []);
    }

    private string? Scalar(string key, bool required = false)
    {
        if (!_scalars.TryGetValue(key, out var owner))
        {
            if (required)
            {
                errors.Add(new InputError(_header!.File, 1, 1, key, "required field is missing"));
            }

            return null;
        }

        return new MapReader(owner.Owner, owner.File, string.Empty, errors).String(key, required);
    }

    private T? MapOf<T>(string key, Func<MapReader, T?> read)
        where T : class
    {
        if (!_scalars.TryGetValue(key, out var owner))
        {
            return null;
        }

        var section = new MapReader(owner.Owner, owner.File, string.Empty, errors).Map(key);
        if (section is null)
        {
            return null;
        }

        var value = read(section);
        section.Finish();
        return value;
    }

    private List<T> ListOf<T>(string key, Func<MapReader, T?> item)
        where T : class
    {
        var result = new List<T>();
        if (!_lists.TryGetValue(key, out var parts))
        {
            return result;
        }

        var index = 0;
        foreach (var (node, file) in parts)
        {
            var reader = new MapReader(new YamlMappingNode(), file, string.Empty, errors);
            var items = reader.ReadItems(node, key, index, item);
            result.AddRange(items);
            index += node is YamlSequenceNode s ? s.Children.Count : 0;
        }

        return result;
    }
}
