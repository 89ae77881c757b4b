namespace Statecraft.Cases.Model;

/// <summary>
/// The published tables a structural reference may read (docs/case-format.md, "structural"). Each holds one
/// indicator, so a reference names its publisher, and with it its source, once.
/// </summary>
public enum StructuralTable
{
    /// <summary>World Bank WDI NY.GDP.MKTP.CD: GDP, current US$ (<see cref="Indicator.Gdp"/>).</summary>
    WdiGdp,

    /// <summary>World Bank WDI NY.GDP.MKTP.PP.CD: GDP, PPP, current international $ (<see cref="Indicator.GdpPpp"/>).</summary>
    WdiGdpPpp,

    /// <summary>World Bank WDI SP.POP.TOTL: population, persons (<see cref="Indicator.Population"/>).</summary>
    WdiPopulation,

    /// <summary>SIPRI military expenditure, current US$ (<see cref="Indicator.Milex"/>; SIPRI publishes US$ millions).</summary>
    SipriMilex,
}

/// <summary>
/// A structural entry that names a table instead of carrying values: the figures of the table's indicator for
/// <paramref name="State"/> in every year from <paramref name="FromYear"/> to <paramref name="ToYear"/>, read when the case
/// is loaded (<c>CaseLoader</c> with an <c>IStructuralTables</c>). Its figures cite <paramref name="Provenance"/>'s source.
/// </summary>
public sealed record StructuralReference(string State, int FromYear, int ToYear, StructuralTable Table, Provenance Provenance) : Located
{
    /// <summary>The indicator the table holds.</summary>
    public Indicator Indicator => StructuralTables.IndicatorOf(Table);
}

/// <summary>What each <see cref="StructuralTable"/> holds, and the unit a case gives each indicator in.</summary>
public static class StructuralTables
{
    public static Indicator IndicatorOf(StructuralTable table) => table switch
    {
        StructuralTable.WdiGdp => Indicator.Gdp,
        StructuralTable.WdiGdpPpp => Indicator.GdpPpp,
        StructuralTable.WdiPopulation => Indicator.Population,
        _ => Indicator.Milex,
    };

    /// <summary>The unit of <paramref name="indicator"/> in a case (docs/case-format.md), written on figures read by reference.</summary>
    public static string UnitOf(Indicator indicator) => indicator switch
    {
        Indicator.Gdp or Indicator.Milex => "USD",
        Indicator.GdpPpp => "international $",
        _ => "persons",
    };
}
