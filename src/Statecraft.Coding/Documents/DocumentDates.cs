using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Documents;

/// <summary>Document dates as records give them: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or PETRARCH's <c>YYYYMMDD</c>.</summary>
public static class DocumentDates
{
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.Length > 10 && text[10] is 'T' or ' ')
        {
            text = text[..10];
        }

        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            var ok = DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            date = ok ? PartialDate.FromDate(day) : default;
            return ok;
        }

        return PartialDate.TryParse(text, out date);
    }
}
