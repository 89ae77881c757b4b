namespace Statecraft.Store.Structural;

/// <summary>The figures the <c>state_years</c> table holds per state and year, with their units.</summary>
public enum StateYearColumn
{
    /// <summary>GDP, current US$ (WDI NY.GDP.MKTP.CD).</summary>
    GdpCurrentUsd,

    /// <summary>GDP, PPP, current international $ (WDI NY.GDP.MKTP.PP.CD).</summary>
    GdpPppCurrentIntl,

    /// <summary>Population, persons (WDI SP.POP.TOTL).</summary>
    Population,

    /// <summary>Military expenditure, current US$ millions (SIPRI).</summary>
    MilexCurrentUsdM,

    /// <summary>Military expenditure as a fraction of GDP (SIPRI; 0.034 = 3.4 %).</summary>
    MilexShareGdp,

    /// <summary>COW NMC military expenditure, thousands of current US$ (thousands of £ before 1914).</summary>
    NmcMilexThousands,

    /// <summary>COW NMC military personnel, thousands.</summary>
    NmcMilper,

    /// <summary>COW NMC iron and steel production, thousands of tons.</summary>
    NmcIrst,

    /// <summary>COW NMC primary energy consumption, thousands of coal-ton equivalents.</summary>
    NmcPec,

    /// <summary>COW NMC total population, thousands.</summary>
    NmcTpop,

    /// <summary>COW NMC urban population, thousands.</summary>
    NmcUpop,

    /// <summary>COW NMC Composite Index of National Capability (0-1).</summary>
    NmcCinc,
}

/// <summary>Column names of <see cref="StateYearColumn"/> in the <c>state_years</c> table.</summary>
public static class StateYearColumns
{
    public static string SqlName(this StateYearColumn column) => column switch
    {
        StateYearColumn.GdpCurrentUsd => "gdp_current_usd",
        StateYearColumn.GdpPppCurrentIntl => "gdp_ppp_current_intl",
        StateYearColumn.Population => "population",
        StateYearColumn.MilexCurrentUsdM => "milex_current_usd_m",
        StateYearColumn.MilexShareGdp => "milex_share_gdp",
        StateYearColumn.NmcMilexThousands => "nmc_milex_thousands",
        StateYearColumn.NmcMilper => "nmc_milper",
        StateYearColumn.NmcIrst => "nmc_irst",
        StateYearColumn.NmcPec => "nmc_pec",
        StateYearColumn.NmcTpop => "nmc_tpop",
        StateYearColumn.NmcUpop => "nmc_upop",
        _ => "nmc_cinc",
    };

    /// <summary>The column a World Bank indicator code fills, or null when the table has none for it.</summary>
    public static StateYearColumn? ForWdiIndicator(string code) => code switch
    {
        "NY.GDP.MKTP.CD" => StateYearColumn.GdpCurrentUsd,
        "NY.GDP.MKTP.PP.CD" => StateYearColumn.GdpPppCurrentIntl,
        "SP.POP.TOTL" => StateYearColumn.Population,
        _ => null,
    };
}
