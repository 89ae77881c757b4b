using System.Collections;
using System.Reflection;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Fields;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Cases.Yaml;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Tests.Fields;

/// <summary>
/// Every property a case record can be given is declared in its shape: a record with every property set survives the
/// trip through the shape's writer and reader. A property added to a record but not to its shape fails here, so the
/// shape stays the one place a field is declared.
/// </summary>
public sealed class ShapeCoverageTests
{
    public static TheoryData<string> ShapedRecords() => [.. ShapedTypes().Select(t => t.Name)];

    [Fact]
    public void Every_record_a_case_section_holds_has_a_shape()
    {
        var sectionRecords = typeof(Model.Case).GetProperties()
            .Select(p => p.PropertyType)
            .Select(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : t)
            .Where(t => t.IsSubclassOf(typeof(Located)))
            //  Read by their own readers, and said why there: a scenario's edits are verbs, a structural reference's
            //  year and years are two spellings of one span.
            .Where(t => t != typeof(Scenario) && t != typeof(StructuralReference));

        Assert.All(sectionRecords, t => Assert.Contains(t, ShapedTypes()));
    }

    [Theory]
    [MemberData(nameof(ShapedRecords))]
    public void A_record_with_every_property_set_survives_its_shapes_round_trip(string name)
    {
        var type = ShapedTypes().Single(t => t.Name == name);
        var method = typeof(ShapeCoverageTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

        method.Invoke(null, []);
    }

    private static void RoundTrip<T>()
        where T : Located
    {
        var shape = ShapeOf<T>();
        var full = (T)Populate(typeof(T), depth: 0);

        var node = shape.ToYaml(full);
        var errors = new List<InputError>();
        var read = new MapReader(new YamlMappingNode(), "t.yaml", string.Empty, errors)
            .ReadItems(new YamlSequenceNode(node), "items", 0, shape.Read);

        Assert.Empty(errors);
        var back = Assert.Single(read);
        foreach (var property in SettableProperties(typeof(T)))
        {
            Assert.True(
                Same(property.GetValue(full), property.GetValue(back)),
                $"{typeof(T).Name}.{property.Name} was lost between the shape's writer and reader: is it declared in {typeof(T).Name}.Shape?");
        }
    }

    private static RecordShape<T> ShapeOf<T>()
        where T : Located => (RecordShape<T>)typeof(T).GetProperty("Shape", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static IEnumerable<Type> ShapedTypes() =>
        typeof(Model.Case).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Located)) && t.GetProperty("Shape", BindingFlags.NonPublic | BindingFlags.Static) is not null);

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.DeclaringType != typeof(Located));

    /// <summary>A record with every settable property given a value other than the blank's, nested records included.</summary>
    private static object Populate(Type type, int depth)
    {
        var blank = typeof(ShapeCoverageTests).GetMethod(nameof(BlankOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, [])!;
        var clone = type.GetMethod("<Clone>$")!.Invoke(blank, [])!;
        foreach (var property in SettableProperties(type))
        {
            property.SetValue(clone, ValueFor(property, depth));
        }

        return clone;
    }

    private static object BlankOf<T>()
        where T : Located => ShapeOf<T>().Blank;

    private static object? ValueFor(PropertyInfo property, int depth)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            return "text-" + property.Name.ToLowerInvariant();
        }

        if (type == typeof(double))
        {
            return 0.25;
        }

        if (type == typeof(int))
        {
            return 2001;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(PartialDate))
        {
            return new PartialDate(2017, 3);
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2017, 3, 1);
        }

        if (type == typeof(Interval))
        {
            return new Interval(0.125, 0.75);
        }

        if (type == typeof(Provenance))
        {
            return new Provenance("a-source", null);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(1);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(item == typeof(string) ? "text-item" : item.IsEnum ? Enum.GetValues(item).GetValue(1) : Populate(item, depth + 1));
            return list;
        }

        if (type.IsSubclassOf(typeof(Located)))
        {
            return Populate(type, depth + 1);
        }

        throw new InvalidOperationException($"no test value for {property.DeclaringType?.Name}.{property.Name} of type {type.Name}");
    }

    /// <summary>Equal values, comparing nested records property by property (record equality compares lists by reference).</summary>
    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (Located x, Located y) => x.GetType() == y.GetType() && SettableProperties(x.GetType()).All(p => Same(p.GetValue(x), p.GetValue(y))),
        (IEnumerable x, IEnumerable y) when a is not string => x.Cast<object?>().Zip(y.Cast<object?>()).All(p => Same(p.First, p.Second))
            && x.Cast<object?>().Count() == y.Cast<object?>().Count(),
        _ => Equals(a, b),
    };
}
