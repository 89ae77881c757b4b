namespace Statecraft.Store.Imports;

/// <summary>
/// Where the fields the store keeps sit in a GDELT event row, by the GDELT 1.0 and 2.0 codebooks
/// (GDELT 1.0 Event Database codebook V1.03; GDELT 2.0 Event Codebook V2.0).
/// </summary>
/// <remarks>
/// Both versions share columns 0-34 (GLOBALEVENTID … AvgTone). GDELT 1.0 then has three geography blocks of
/// 7 fields, DATEADDED and SOURCEURL (58 columns; the 1979-2013 back-files stop before SOURCEURL: 57).
/// GDELT 2.0 adds ADM2Code to each block (61 columns).
/// </remarks>
internal sealed record GdeltLayout(
    int Columns,
    int EventId,
    int SqlDate,
    int Actor1Code,
    int Actor1Country,
    int Actor2Code,
    int Actor2Country,
    int EventCode,
    int QuadClass,
    int Goldstein,
    int SourceUrl)
{
    public static GdeltLayout Gdelt1 { get; } = new(58, 0, 1, 5, 7, 15, 17, 26, 29, 30, 57);

    public static GdeltLayout Gdelt1Backfile { get; } = Gdelt1 with { Columns = 57, SourceUrl = -1 };

    public static GdeltLayout Gdelt2 { get; } = Gdelt1 with { Columns = 61, SourceUrl = 60 };

    /// <summary>The layout named by a header row (the comma-separated variant), or null when a column is missing.</summary>
    public static GdeltLayout? FromHeader(IReadOnlyList<string> names)
    {
        int Find(string name) => names.ToList().FindIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        var layout = new GdeltLayout(
            names.Count, Find("GLOBALEVENTID"), Find("SQLDATE"), Find("Actor1Code"), Find("Actor1CountryCode"),
            Find("Actor2Code"), Find("Actor2CountryCode"), Find("EventCode"), Find("QuadClass"), Find("GoldsteinScale"),
            Find("SOURCEURL"));
        int[] required = [layout.EventId, layout.SqlDate, layout.Actor1Code, layout.Actor2Code, layout.EventCode, layout.QuadClass, layout.Goldstein];
        return required.Any(i => i < 0) ? null : layout;
    }
}
