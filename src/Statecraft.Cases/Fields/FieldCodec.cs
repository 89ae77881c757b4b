using System.Globalization;
using System.Text.Json.Nodes;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Cases.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Fields;

/// <summary>
/// How one type of field value is read from YAML, written back and shown in JSON. <see cref="Read"/> returns null when the
/// field is absent or its value is wrong (the reader has then reported why); <see cref="ToYaml"/> returns null to leave
/// the field out.
/// </summary>
internal abstract class FieldCodec
{
    public abstract object? Read(MapReader reader, string key, bool required);

    public abstract YamlNode? ToYaml(object? value);

    public abstract JsonNode? ToJson(object? value);

    /// <summary>The ids in a value, for reference checks.</summary>
    public virtual IEnumerable<string> Ids(object? value) => value is string id ? [id] : [];

    /// <summary>The numbers in a value, for range checks.</summary>
    public virtual IEnumerable<double> Numbers(object? value) => [];

    /// <summary>Runs the field checks of nested records (a list of roles, a scale).</summary>
    public virtual void CheckNested(object? value, IFieldChecker checker)
    {
    }

    protected static YamlScalarNode Scalar(string text) => new(text);

    protected static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

internal sealed class TextCodec(bool quoted = false) : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.String(key, required);

    public override YamlNode? ToYaml(object? value) =>
        value is string text ? new YamlScalarNode(text) { Style = quoted ? ScalarStyle.DoubleQuoted : ScalarStyle.Any } : null;

    public override JsonNode? ToJson(object? value) => value is string text ? JsonValue.Create(text) : null;
}

internal sealed class NumberCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Number(key, required);

    public override YamlNode? ToYaml(object? value) => value is double number ? Scalar(Number(number)) : null;

    public override JsonNode? ToJson(object? value) => value is double number ? JsonValue.Create(number) : null;

    public override IEnumerable<double> Numbers(object? value) => value is double number ? [number] : [];
}

internal sealed class IntegerCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Integer(key, required);

    public override YamlNode? ToYaml(object? value) => value is int number ? Scalar(number.ToString(CultureInfo.InvariantCulture)) : null;

    public override JsonNode? ToJson(object? value) => value is int number ? JsonValue.Create(number) : null;

    public override IEnumerable<double> Numbers(object? value) => value is int number ? [number] : [];
}

/// <summary>true or false, written either way (a required yes/no such as <c>held</c>).</summary>
internal sealed class BooleanCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Boolean(key, required);

    public override YamlNode? ToYaml(object? value) => value is bool flag ? Scalar(flag ? "true" : "false") : null;

    public override JsonNode? ToJson(object? value) => value is bool flag ? JsonValue.Create(flag) : null;
}

/// <summary>A switch that is off unless written <c>true</c>; written only when on.</summary>
internal sealed class FlagCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Boolean(key, required);

    public override YamlNode? ToYaml(object? value) => value is true ? Scalar("true") : null;

    public override JsonNode? ToJson(object? value) => JsonValue.Create(value is true);
}

/// <summary>A date of year, month or day precision.</summary>
internal sealed class DateCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Date(key, required);

    public override YamlNode? ToYaml(object? value) => value is PartialDate date ? Scalar(date.ToString()) : null;

    public override JsonNode? ToJson(object? value) => value is PartialDate date ? JsonValue.Create(date.ToString()) : null;
}

/// <summary>A day read from a date of any precision: its first day (<paramref name="end"/> false) or its last.</summary>
internal sealed class DayCodec(bool end) : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) =>
        reader.Date(key, required) is { } date ? (end ? date.End : date.Start) : null;

    public override YamlNode? ToYaml(object? value) => value is DateOnly day ? Scalar(Day(day)) : null;

    public override JsonNode? ToJson(object? value) => value is DateOnly day ? JsonValue.Create(Day(day)) : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed class EnumCodec<TEnum> : FieldCodec
    where TEnum : struct, Enum
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Enum<TEnum>(key, required);

    public override YamlNode? ToYaml(object? value) => value is TEnum item ? Scalar(CaseNames.Of(item)) : null;

    public override JsonNode? ToJson(object? value) => value is TEnum item ? JsonValue.Create(CaseNames.Of(item)) : null;
}

/// <summary>A list of texts (a single text counts as a list of one), written in flow style; ids when it refers.</summary>
internal sealed class TextsCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Strings(key, required) is { Count: > 0 } texts ? texts : null;

    public override YamlNode? ToYaml(object? value) =>
        value is IReadOnlyList<string> { Count: > 0 } texts ? new YamlSequenceNode(texts.Select(Scalar)) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow } : null;

    public override JsonNode? ToJson(object? value) => new JsonArray([.. Texts(value).Select(t => (JsonNode)JsonValue.Create(t))]);

    public override IEnumerable<string> Ids(object? value) => Texts(value);

    private static IReadOnlyList<string> Texts(object? value) => value as IReadOnlyList<string> ?? [];
}

internal sealed class EnumsCodec<TEnum> : FieldCodec
    where TEnum : struct, Enum
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Has(key) ? reader.Enums<TEnum>(key) : null;

    public override YamlNode? ToYaml(object? value) =>
        value is IReadOnlyList<TEnum> { Count: > 0 } items
            ? new YamlSequenceNode(items.Select(i => Scalar(CaseNames.Of(i)))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow }
            : null;

    public override JsonNode? ToJson(object? value) =>
        new JsonArray([.. (value as IReadOnlyList<TEnum> ?? []).Select(i => (JsonNode)JsonValue.Create(CaseNames.Of(i)))]);
}

/// <summary>A range <c>[low, high]</c>.</summary>
internal sealed class IntervalCodec : FieldCodec
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Interval(key);

    public override YamlNode? ToYaml(object? value) =>
        value is Interval range ? new YamlSequenceNode(Scalar(Number(range.Low)), Scalar(Number(range.High))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow } : null;

    public override JsonNode? ToJson(object? value) => value is Interval range ? new JsonArray(range.Low, range.High) : null;

    public override IEnumerable<double> Numbers(object? value) => value is Interval range ? [range.Low, range.High] : [];
}

/// <summary>A list of nested records, each with its own shape.</summary>
internal sealed class ListCodec<TItem>(Func<RecordShape<TItem>> shape) : FieldCodec
    where TItem : Located
{
    public override object? Read(MapReader reader, string key, bool required) => reader.Has(key) ? reader.List(key, shape().Read) : null;

    public override YamlNode? ToYaml(object? value) =>
        value is IReadOnlyList<TItem> { Count: > 0 } items ? new YamlSequenceNode(items.Select(shape().ToYaml)) : null;

    public override JsonNode? ToJson(object? value) => new JsonArray([.. (value as IReadOnlyList<TItem> ?? []).Select(i => (JsonNode)shape().ToJson(i))]);

    public override void CheckNested(object? value, IFieldChecker checker)
    {
        foreach (var item in value as IReadOnlyList<TItem> ?? [])
        {
            shape().Check(item, checker);
        }
    }
}

/// <summary>One nested record written as a mapping (an issue's scale, its status quo).</summary>
internal sealed class MapCodec<TItem>(Func<RecordShape<TItem>> shape) : FieldCodec
    where TItem : Located
{
    public override object? Read(MapReader reader, string key, bool required)
    {
        if (reader.Map(key, required) is not { } map)
        {
            return null;
        }

        var value = shape().Read(map);
        map.Finish();
        return value;
    }

    public override YamlNode? ToYaml(object? value) => value is TItem item ? shape().ToYaml(item) : null;

    public override JsonNode? ToJson(object? value) => value is TItem item ? shape().ToJson(item) : null;

    public override void CheckNested(object? value, IFieldChecker checker)
    {
        if (value is TItem item)
        {
            shape().Check(item, checker);
        }
    }
}
