using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Reads one YAML mapping field by field, recording where each value was written and collecting
/// every problem (missing, mistyped or unknown fields) instead of stopping at the first.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, YamlNode> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _fields = new(StringComparer.Ordinal);

    public MapReader(YamlMappingNode node, string file, string path, List<InputError> errors)
    {
        _node = node;
        File = file;
        Path = path;
        Errors = errors;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_entries.TryAdd(name, value))
            {
                Report(key, name, $"field '{name}' appears twice");
            }

            _keys.TryAdd(name, key);
        }
    }

    public string File { get; }

    public string Path { get; }

    public List<InputError> Errors { get; }

    public SourceLocation Location => At(_node);

    public IReadOnlyDictionary<string, SourceLocation> Fields => _fields;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The mapping itself, where a problem belongs to no one field.</summary>
    public YamlNode Root => _node;

    /// <summary>The value written for <paramref name="key"/>, or null.</summary>
    public YamlNode? Node(string key) => _entries.GetValueOrDefault(key);

    /// <summary>Counts <paramref name="key"/> as read without reading it, when a reader reports it itself.</summary>
    public void MarkRead(string key) => _read.Add(key);

    /// <summary>Applies this mapping's location, path and field locations to a freshly built record.</summary>
    public T Locate<T>(T record)
        where T : Located => record with { Location = Location, Path = Path, Fields = new Dictionary<string, SourceLocation>(_fields) };

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public string? String(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        Report(node, FieldPath(key), "expected a non-empty text");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        Report(node, FieldPath(key), "expected a number");
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node, FieldPath(key), "expected a whole number");
        return null;
    }

    public bool Flag(string key) => Boolean(key) ?? false;

    public bool? Boolean(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Report(node, FieldPath(key), "expected true or false");
        return null;
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && PartialDate.TryParse(scalar.Value, out var date))
        {
            return date;
        }

        Report(node, FieldPath(key), "expected a date YYYY, YYYY-MM or YYYY-MM-DD");
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, System.Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (CaseNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Report(_entries[key], FieldPath(key), $"'{text}' is not one of {string.Join(", ", CaseNames.All<TEnum>())}");
        return null;
    }

    /// <summary>A list of enum values (a single scalar counts as a list of one); an unknown value is reported and left out.</summary>
    public IReadOnlyList<TEnum> Enums<TEnum>(string key)
        where TEnum : struct, System.Enum
    {
        var node = _entries.GetValueOrDefault(key);
        var result = new List<TEnum>();
        foreach (var text in Strings(key))
        {
            if (CaseNames.TryParse<TEnum>(text, out var value))
            {
                result.Add(value);
            }
            else
            {
                Report(node!, FieldPath(key), $"'{text}' is not one of {string.Join(", ", CaseNames.All<TEnum>())}");
            }
        }

        return result;
    }

    /// <summary>A list of texts; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
            default:
                Report(node, FieldPath(key), "expected a text or a list of texts");
                return [];
        }
    }

    public Interval? Interval(string key)
    {
        var node = Take(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode { Children.Count: 2 } pair
            && pair.Children.All(c => c is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var low = double.Parse(((YamlScalarNode)pair.Children[0]).Value!, CultureInfo.InvariantCulture);
            var high = double.Parse(((YamlScalarNode)pair.Children[1]).Value!, CultureInfo.InvariantCulture);
            return new Interval(low, high);
        }

        Report(node, FieldPath(key), "expected a range [low, high]");
        return null;
    }

    public MapReader? Map(string key, bool required = false)
    {
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new MapReader(mapping, File, FieldPath(key), Errors);
        }

        Report(node, FieldPath(key), "expected a mapping");
        return null;
    }

    /// <summary>Reads a list of mappings with <paramref name="item"/>; items that fail to read are left out.</summary>
    public IReadOnlyList<T> List<T>(string key, Func<MapReader, T?> item)
        where T : class
    {
        var node = Take(key, required: false);
        return node is null ? [] : ReadItems(node, FieldPath(key), 0, item);
    }

    public IReadOnlyList<T> ReadItems<T>(YamlNode node, string path, int firstIndex, Func<MapReader, T?> item)
        where T : class
    {
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, path, "expected a list");
            return [];
        }

        var result = new List<T>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{firstIndex + i}]";
            if (sequence.Children[i] is not YamlMappingNode mapping)
            {
                Report(sequence.Children[i], itemPath, "expected a mapping");
                continue;
            }

            var reader = new MapReader(mapping, File, itemPath, Errors);
            var value = item(reader);
            reader.Finish();
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Reads <c>source</c> and <c>judgement</c>; whether one is required is the validator's decision.</summary>
    public Provenance Provenance() => new(String("source"), String("judgement"));

    /// <summary>Reports every key that no read asked for.</summary>
    public void Finish()
    {
        foreach (var key in _entries.Keys.Where(k => !_read.Contains(k)))
        {
            Report(_keys[key], FieldPath(key), $"unknown field '{key}'");
        }
    }

    public void Report(YamlNode node, string path, string message)
    {
        var at = At(node);
        Errors.Add(new InputError(File, at.Line, at.Column, path, message));
    }

    private YamlNode? Take(string key, bool required)
    {
        _read.Add(key);
        if (_entries.TryGetValue(key, out var node) && !(node is YamlScalarNode { Value: null or "" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain))
        {
            _fields[key] = At(node);
            return node;
        }

        if (required)
        {
            Errors.Add(new InputError(File, Location.Line, Location.Column, FieldPath(key), "required field is missing"));
        }

        return null;
    }

    private SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);
}
