using System.Globalization;

namespace Statecraft.Coding.Petrarch;

/// <summary>
/// PETRARCH/TABARI dictionary dates: <c>YYMMDD</c> or <c>YYYYMMDD</c>. Two-digit years up to 30 are 20YY, later
/// ones 19YY (the country file's terms run from the 1930s).
/// </summary>
internal static class PetrarchDates
{
    /// <summary>The last two-digit year read as 20YY.</summary>
    public const int CenturyPivot = 30;

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (text.Length == 6 && int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            text = (yy <= CenturyPivot ? "20" : "19") + text;
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
