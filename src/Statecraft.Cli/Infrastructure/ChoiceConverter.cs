using System.ComponentModel;
using System.Globalization;

namespace Statecraft.Cli.Infrastructure;

/// <summary>
/// Reads the value of an option typed as an enum. Each member is spelled in lower case with <c>-</c> between words
/// (<c>ScholzCode</c> → <c>scholz-code</c>); case and the separators <c>-</c> and <c>_</c> are ignored when reading.
/// A value that names no member fails with a <see cref="ChoiceException"/> that lists the choices, which
/// <see cref="StatecraftApp"/> reports as a usage error naming the option (exit 2).
/// </summary>
/// <remarks>Put on a settings property as <c>[TypeConverter(typeof(ChoiceConverter&lt;T&gt;))]</c>; the option's
/// description lists <see cref="Choices"/> (a test checks that every one is there).</remarks>
public class ChoiceConverter<TEnum> : TypeConverter
    where TEnum : struct, Enum
{
    /// <summary>The spellings of the members, in declaration order, as help and error messages list them.</summary>
    public IReadOnlyList<string> Choices => [.. Enum.GetValues<TEnum>().Select(Spelling)];

    /// <summary>How <paramref name="value"/> is written on the command line.</summary>
    public virtual string Spelling(TEnum value) => Words(value.ToString(), '-');

    /// <summary>Other spellings that were accepted before the option became an enum (e.g. <c>txt</c> for <c>text</c>).</summary>
    protected virtual IEnumerable<KeyValuePair<string, TEnum>> Aliases => [];

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? Parse(text) : base.ConvertFrom(context, culture, value);

    /// <summary>The member <paramref name="text"/> names, or a <see cref="ChoiceException"/>.</summary>
    public TEnum Parse(string text)
    {
        var key = Key(text);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (Key(member.ToString()) == key || Key(Spelling(member)) == key)
            {
                return member;
            }
        }

        foreach (var (alias, member) in Aliases)
        {
            if (Key(alias) == key)
            {
                return member;
            }
        }

        throw new ChoiceException(text, Choices);
    }

    /// <summary><c>GoldsteinMean</c> → <c>goldstein-mean</c> (or <c>goldstein_mean</c> with <c>_</c>).</summary>
    protected static string Words(string name, char separator) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? separator.ToString() : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string Key(string text) =>
        text.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>A <see cref="ChoiceConverter{TEnum}"/> whose spellings put <c>_</c> between words (<c>net_cooperation</c>).</summary>
public sealed class SnakeChoiceConverter<TEnum> : ChoiceConverter<TEnum>
    where TEnum : struct, Enum
{
    public override string Spelling(TEnum value) => Words(value.ToString(), '_');
}

/// <summary>An option value that is none of the option's choices; reported as a usage error (exit 2).</summary>
public sealed class ChoiceException : FormatException
{
    public ChoiceException()
    {
    }

    public ChoiceException(string message)
        : base(message)
    {
    }

    public ChoiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChoiceException(string value, IReadOnlyList<string> choices)
        : base($"'{value}' is not one of {string.Join(", ", choices)}")
    {
        Value = value;
        Choices = choices;
    }

    /// <summary>The value given.</summary>
    public string Value { get; } = string.Empty;

    /// <summary>The values the option takes.</summary>
    public IReadOnlyList<string> Choices { get; } = [];
}
