using System.Text;

namespace Statecraft.Cases.Yaml;

/// <summary>The spelling of enum values in case files and JSON: camelCase words (<c>gdpPpp</c>, <c>assuage</c>).</summary>
public static class CaseNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => Of(v));

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The kebab-case spelling some sections use for kinds and titles (<c>leader-change</c>).</summary>
    public static string Kebab(string camel)
    {
        var text = new StringBuilder();
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
