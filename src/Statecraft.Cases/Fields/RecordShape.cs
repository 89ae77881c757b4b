using System.Text;
using System.Text.Json.Nodes;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Cases.Yaml;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Fields;

/// <summary>
/// The one place a kind of case record declares its fields (docs/case-format.md, "Adding a field"). The case reader, the
/// writer, the JSON form and the validator's reference, range and provenance checks are derived from it, so a new field
/// is a property on the record and a line in its shape.
/// </summary>
/// <remarks>
/// Fields are read, written and shown in the order they are declared; <c>source</c> and <c>judgement</c> come last.
/// Records are immutable: reading starts from <see cref="Blank"/>, whose values are the defaults of optional fields,
/// and sets each field that is present.
/// </remarks>
internal sealed class RecordShape<T>(T blank)
    where T : Located
{
    private readonly List<Field<T>> _fields = [];
    private readonly List<(string Name, Func<T, JsonNode?> Value)> _jsonExtras = [];
    private Func<T, Provenance>? _provenance;
    private Func<T, Provenance, T>? _withProvenance;
    private Func<T, string>? _jsonId;

    public T Blank { get; } = blank;

    public IReadOnlyList<Field<T>> Fields => _fields;

    /// <summary>Whether records are written one per line, <c>{ key: value, ... }</c>, as people write small records.</summary>
    public bool Flow { get; private set; }

    /// <summary>Whether the record carries <c>source</c> or <c>judgement</c>, one of which the validator requires.</summary>
    public bool Sourced => _provenance is not null;

    public RecordShape<T> InFlow()
    {
        Flow = true;
        return this;
    }

    public RecordShape<T> WithSource(Func<T, Provenance> get, Func<T, Provenance, T> set)
    {
        (_provenance, _withProvenance) = (get, set);
        return this;
    }

    /// <summary>An <c>id</c> the JSON form gives records that have none in the file (a tie's <c>from->to</c>).</summary>
    public RecordShape<T> JsonId(Func<T, string> id)
    {
        _jsonId = id;
        return this;
    }

    /// <summary>A derived value the JSON form shows after the fields (an entry's date precision).</summary>
    public RecordShape<T> JsonExtra(string name, Func<T, JsonNode?> value)
    {
        _jsonExtras.Add((name, value));
        return this;
    }

    public RecordShape<T> Text(string name, Func<T, string?> get, Func<T, string, T> set, bool required = false, Refers refers = Refers.Nothing, bool quoted = false, string? json = null) =>
        Add(name, new TextCodec(quoted), get, (r, v) => set(r, (string)v), required, refers, json: json);

    public RecordShape<T> Number(string name, Func<T, double?> get, Func<T, double, T> set, bool required = false, (double Min, double Max)? within = null) =>
        Add(name, new NumberCodec(), r => get(r), (r, v) => set(r, (double)v), required, within: within);

    public RecordShape<T> Integer(string name, Func<T, int?> get, Func<T, int, T> set, bool required = false) =>
        Add(name, new IntegerCodec(), r => get(r), (r, v) => set(r, (int)v), required);

    public RecordShape<T> Boolean(string name, Func<T, bool> get, Func<T, bool, T> set, bool required = false) =>
        Add(name, new BooleanCodec(), r => get(r), (r, v) => set(r, (bool)v), required);

    public RecordShape<T> Flag(string name, Func<T, bool> get, Func<T, bool, T> set) =>
        Add(name, new FlagCodec(), r => get(r), (r, v) => set(r, (bool)v), required: false);

    public RecordShape<T> Date(string name, Func<T, PartialDate?> get, Func<T, PartialDate, T> set, bool required = false) =>
        Add(name, new DateCodec(), r => get(r), (r, v) => set(r, (PartialDate)v), required);

    /// <summary>A day, read from a date of any precision as its first day or (<paramref name="end"/>) its last.</summary>
    public RecordShape<T> Day(string name, Func<T, DateOnly> get, Func<T, DateOnly, T> set, bool end, bool required = false) =>
        Add(name, new DayCodec(end), r => get(r), (r, v) => set(r, (DateOnly)v), required);

    public RecordShape<T> Enum<TEnum>(string name, Func<T, TEnum?> get, Func<T, TEnum, T> set, bool required = false)
        where TEnum : struct, System.Enum =>
        Add(name, new EnumCodec<TEnum>(), r => get(r), (r, v) => set(r, (TEnum)v), required);

    public RecordShape<T> Texts(string name, Func<T, IReadOnlyList<string>> get, Func<T, IReadOnlyList<string>, T> set, Refers refers = Refers.Nothing, string? json = null) =>
        Add(name, new TextsCodec(), get, (r, v) => set(r, (IReadOnlyList<string>)v), required: false, refers, json: json);

    public RecordShape<T> Enums<TEnum>(string name, Func<T, IReadOnlyList<TEnum>> get, Func<T, IReadOnlyList<TEnum>, T> set)
        where TEnum : struct, System.Enum =>
        Add(name, new EnumsCodec<TEnum>(), get, (r, v) => set(r, (IReadOnlyList<TEnum>)v), required: false);

    public RecordShape<T> Range(string name, Func<T, Interval?> get, Func<T, Interval, T> set) =>
        Add(name, new IntervalCodec(), r => get(r), (r, v) => set(r, (Interval)v), required: false);

    public RecordShape<T> List<TItem>(string name, Func<RecordShape<TItem>> shape, Func<T, IReadOnlyList<TItem>> get, Func<T, IReadOnlyList<TItem>, T> set)
        where TItem : Located =>
        Add(name, new ListCodec<TItem>(shape), get, (r, v) => set(r, (IReadOnlyList<TItem>)v), required: false);

    public RecordShape<T> Map<TItem>(string name, Func<RecordShape<TItem>> shape, Func<T, TItem?> get, Func<T, TItem, T> set, bool required = false)
        where TItem : Located =>
        Add(name, new MapCodec<TItem>(shape), get, (r, v) => set(r, (TItem)v), required);

    /// <summary>Reads one record; null when a required field is missing or wrong (the reader has reported it).</summary>
    public T? Read(MapReader reader)
    {
        var record = Blank;
        var complete = true;
        foreach (var field in _fields)
        {
            if (field.Codec.Read(reader, field.Name, field.Required) is { } value)
            {
                record = field.Set(record, value);
            }
            else
            {
                complete &= !field.Required;
            }
        }

        if (_withProvenance is not null)
        {
            record = _withProvenance(record, reader.Provenance());
        }

        return complete ? reader.Locate(record) : null;
    }

    public YamlMappingNode ToYaml(T record)
    {
        var node = new YamlMappingNode { Style = Flow ? MappingStyle.Flow : MappingStyle.Any };
        foreach (var field in _fields)
        {
            if (field.Codec.ToYaml(field.Get(record)) is { } value)
            {
                node.Add(field.Name, value);
            }
        }

        if (_provenance?.Invoke(record) is { } provenance)
        {
            AddText(node, "source", provenance.Source);
            AddText(node, "judgement", provenance.Judgement);
        }

        return node;
    }

    public JsonObject ToJson(T record)
    {
        var json = new JsonObject();
        if (_jsonId is not null)
        {
            json["id"] = _jsonId(record);
        }

        foreach (var field in _fields)
        {
            json[field.JsonName] = field.Codec.ToJson(field.Get(record));
        }

        foreach (var (name, value) in _jsonExtras)
        {
            json[name] = value(record);
        }

        if (_provenance?.Invoke(record) is { } provenance)
        {
            AddJson(json, "source", provenance.Source);
            AddJson(json, "judgement", provenance.Judgement);
        }

        return json;
    }

    /// <summary>Checks what the declarations say of <paramref name="record"/> and its nested records: references, ranges, provenance.</summary>
    public void Check(T record, IFieldChecker checker)
    {
        foreach (var field in _fields)
        {
            var value = field.Get(record);
            if (field.Refers != Refers.Nothing)
            {
                foreach (var id in field.Codec.Ids(value))
                {
                    checker.RequireReference(record, field.Name, field.Refers, id);
                }
            }

            if (field.Within is { } within)
            {
                foreach (var number in field.Codec.Numbers(value))
                {
                    checker.RequireWithin(record, field.Name, number, within.Min, within.Max);
                }
            }

            field.Codec.CheckNested(value, checker);
        }

        if (_provenance is not null)
        {
            checker.RequireProvenance(record, _provenance(record));
        }
    }

    /// <summary>The JSON spelling of a YAML key: <c>salienceRange</c> is <c>salience_range</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private RecordShape<T> Add(string name, FieldCodec codec, Func<T, object?> get, Func<T, object, T> set, bool required, Refers refers = Refers.Nothing, (double, double)? within = null, string? json = null)
    {
        if (_fields.Any(f => f.Name == name))
        {
            throw new InvalidOperationException($"field '{name}' is declared twice in the shape of {typeof(T).Name}");
        }

        _fields.Add(new Field<T> { Name = name, JsonName = json ?? SnakeCase(name), Codec = codec, Get = get, Set = set, Required = required, Refers = refers, Within = within });
        return this;
    }

    private static void AddText(YamlMappingNode node, string key, string? value)
    {
        if (value is not null)
        {
            node.Add(key, new YamlScalarNode(value));
        }
    }

    private static void AddJson(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}

/// <summary>What the validator does with a shape's declarations; it knows the case's ids and reports with locations.</summary>
internal interface IFieldChecker
{
    void RequireReference(Located record, string field, Refers refers, string id);

    void RequireWithin(Located record, string field, double value, double min, double max);

    void RequireProvenance(Located record, Provenance provenance);
}
