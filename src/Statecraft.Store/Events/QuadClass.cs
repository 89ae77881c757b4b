using System.Globalization;

namespace Statecraft.Store.Events;

/// <summary>The four quad classes of CAMEO events, and the rule that derives them from a CAMEO code.</summary>
public static class QuadClass
{
    public const int VerbalCooperation = 1;
    public const int MaterialCooperation = 2;
    public const int VerbalConflict = 3;
    public const int MaterialConflict = 4;

    /// <summary>The snake_case names used in JSON output, indexed by quad class - 1.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

    /// <summary>
    /// The quad class of a CAMEO code by its two-digit root: 01-05 verbal cooperation, 06-08 material cooperation,
    /// 09-13 verbal conflict, 14-20 material conflict (the CAMEO codebook's grouping, Schrodt 2012).
    /// </summary>
    /// <remarks>Used where a source gives no quad class (ICEWS). GDELT's own QuadClass column is kept as given.</remarks>
    public static int? FromCameo(string cameo)
    {
        if (cameo.Length < 2 || !int.TryParse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root))
        {
            return null;
        }

        return root switch
        {
            >= 1 and <= 5 => VerbalCooperation,
            >= 6 and <= 8 => MaterialCooperation,
            >= 9 and <= 13 => VerbalConflict,
            >= 14 and <= 20 => MaterialConflict,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="code"/> looks like a CAMEO event code: 2 to 4 digits with a root of 01-20.</summary>
    public static bool IsCameoCode(string code)
    {
        if (code.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return FromCameo(code) is not null;
    }
}
