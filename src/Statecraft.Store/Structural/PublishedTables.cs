using Statecraft.Cases.Model;

namespace Statecraft.Store.Structural;

/// <summary>
/// Where each table a case may name by reference is found: its file in the shared structural folder, the reader of
/// that layout, its column in <c>state_years</c>, and the factor from the publisher's unit to the case's.
/// </summary>
internal static class PublishedTables
{
    /// <summary>The file name pattern in the shared folder (<c>data/structural/README.md</c>); the WDI PPP and SIPRI names carry a release.</summary>
    public static string FilePattern(StructuralTable table) => table switch
    {
        StructuralTable.WdiGdp => "wdi_gdp_current_usd.csv",
        StructuralTable.WdiGdpPpp => "API_NY.GDP.MKTP.PP.CD_*.csv",
        StructuralTable.WdiPopulation => "wdi_population.csv",
        _ => "sipri_milex_*_long.csv",
    };

    public static StateYearColumn Column(StructuralTable table) => table switch
    {
        StructuralTable.WdiGdp => StateYearColumn.GdpCurrentUsd,
        StructuralTable.WdiGdpPpp => StateYearColumn.GdpPppCurrentIntl,
        StructuralTable.WdiPopulation => StateYearColumn.Population,
        _ => StateYearColumn.MilexCurrentUsdM,
    };

    /// <summary>The factor from the column's unit to the case's: SIPRI publishes US$ millions, a case's <c>milex</c> is US$.</summary>
    public static double ToCaseUnit(StructuralTable table) => table == StructuralTable.SipriMilex ? 1e6 : 1;

    /// <summary>Reads the whole file of <paramref name="table"/> with the importer's readers (aggregates are left out there).</summary>
    public static StructuralRead Read(StructuralTable table, string path) => table switch
    {
        StructuralTable.WdiGdp => StructuralReaders.Wdi(path, "NY.GDP.MKTP.CD"),
        StructuralTable.WdiGdpPpp => StructuralReaders.Wdi(path, "NY.GDP.MKTP.PP.CD"),
        StructuralTable.WdiPopulation => StructuralReaders.Wdi(path, "SP.POP.TOTL"),
        _ => StructuralReaders.Sipri(path),
    };
}
