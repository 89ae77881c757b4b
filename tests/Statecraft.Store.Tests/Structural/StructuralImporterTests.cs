using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Structural;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Structural;

public sealed class StructuralImporterTests
{
    [Fact]
    public void Import_SharedWdiSipriNmc_FillsStateYears()
    {
        // Given: figures for Japan in 2016 read off the shared files with grep
        var files = new StructuralFiles(
            Wdi: SharedData.PathOf("data/structural/API_NY.GDP.MKTP.PP.CD_DS2_en_csv_v2_5455171.csv"),
            Population: SharedData.PathOf("data/structural/wdi_population.csv"),
            Sipri: SharedData.PathOf("data/structural/sipri_milex_1949-2023_long.csv"),
            Nmc: SharedData.PathOf("data/structural/NMC-60-abridged.csv"));
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var results = new StructuralImporter(store).Import(files);
        new StructuralImporter(store).Import(new StructuralFiles(Wdi: SharedData.PathOf("data/structural/wdi_gdp_current_usd.csv")));

        // Then
        results.Count.ShouldBe(4);
        results[3].Rows.ShouldBe(15951);
        store.Count("state_years", """
            iso3 = 'JPN' AND year = 2016 AND population = 127076000 AND round(gdp_ppp_current_intl) = 5158900389807
            AND round(gdp_current_usd) = 5003677627544 AND round(milex_current_usd_m, 3) = 46471.288
            AND nmc_milex_thousands = 47342000 AND nmc_cinc = 0.032967471
            """).ShouldBe(1);
        store.Count("state_years", "iso3 = 'PRK' AND year = 2010 AND nmc_milex_thousands IS NULL AND nmc_tpop IS NOT NULL").ShouldBe(1);
        store.Count("state_years", "iso3 IN ('WLD', 'EAS')").ShouldBe(0);
    }

    [Fact]
    public void Import_MalformedNumber_RejectsWholeImportWithLine()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);
        var nmc = temp.Write("nmc.csv", "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nJPN,740,2016,47342000,247,104775,716148,127749,92655,0.03,6\nUSA,2,2016,lots,1,1,1,1,1,0.1,6\n");

        // When
        var error = Should.Throw<InvalidInputException>(() => new StructuralImporter(store).Import(new StructuralFiles(Nmc: nmc)));

        // Then
        error.Errors.Single().ShouldBe(error.Errors.Single() with { Line = 3, Field = "nmc_milex_thousands" });
        store.Count("state_years").ShouldBe(0);
    }

    [Fact]
    public void Read_AfterNmcImport_ReturnsFiguresByStateAndYear()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);
        var nmc = temp.Write("nmc.csv", "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nJPN,740,2016,47342000,247,104775,716148,127749,92655,0.032967471,6\nROK,732,2016,-9,625,68576,417432,50617,41513,0.02,6\nUSA,2,2016,600106000,1301,78475,3175426,323127,267436,0.139,6\n");
        new StructuralImporter(store).Import(new StructuralFiles(Nmc: nmc));

        // When
        var rows = new StateYearReader(store).Read(["JPN", "KOR"], 2000, 2020);

        // Then
        rows.Select(r => (r.Iso3, r.Year)).ShouldBe([("JPN", 2016), ("KOR", 2016)]);
        rows[0][StateYearColumn.NmcCinc].ShouldBe(0.032967471);
        rows[1][StateYearColumn.NmcMilexThousands].ShouldBeNull();
        rows[1][StateYearColumn.NmcMilper].ShouldBe(625);
    }
}
