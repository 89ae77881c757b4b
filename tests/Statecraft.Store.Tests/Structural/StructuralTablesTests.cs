using System.Globalization;
using nietras.SeparatedValues;
using Statecraft.Cases.Model;
using Statecraft.Store.Structural;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Structural;

public sealed class StructuralTablesTests
{
    private const string SipriHeader = "country_sipri,iso3c,cown,year,milex_const2022_usd_m,milex_current_usd_m,milex_share_gdp,milex_per_capita_current_usd,milex_share_govt_spending";

    /// <summary>The value of <paramref name="column"/> in the row of the shared CSV whose <paramref name="key"/> columns match.</summary>
    private static double Published(string file, string column, params (string Column, string Value)[] key)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(SharedData.PathOf("data/structural/" + file));
        foreach (var row in reader)
        {
            var matches = true;
            foreach (var (name, value) in key)
            {
                matches &= row[name].ToString() == value;
            }

            if (matches)
            {
                return double.Parse(row[column].ToString(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"no row {string.Join(", ", key)} in {file}");
    }

    [Fact]
    public void Shared_GivesThePublishedFigures_SipriInUsNotMillions()
    {
        // Given
        var tables = new SharedStructuralTables(SharedData.PathOf("data/structural"));
        var gdp = Published("wdi_gdp_current_usd.csv", "Value", ("Country Code", "JPN"), ("Year", "2016"));
        var population = Published("wdi_population.csv", "Value", ("Country Code", "JPN"), ("Year", "2016"));
        var milexMillions = Published("sipri_milex_1949-2023_long.csv", "milex_current_usd_m", ("iso3c", "JPN"), ("year", "2016"));

        // When
        var readGdp = tables.Read(StructuralTable.WdiGdp, "JPN", 2016, 2016);
        var readPopulation = tables.Read(StructuralTable.WdiPopulation, "JPN", 2015, 2016);
        var readMilex = tables.Read(StructuralTable.SipriMilex, "JPN", 2016, 2016);

        // Then
        readGdp.Problem.ShouldBeNull();
        readGdp.Origin.ShouldEndWith("wdi_gdp_current_usd.csv");
        readGdp.Values[2016].ShouldBe(gdp);
        readPopulation.Values.Keys.ShouldBe([2015, 2016]);
        readPopulation.Values[2016].ShouldBe(population);
        readMilex.Values[2016].ShouldBe(milexMillions * 1e6);
        milexMillions.ShouldBeInRange(40_000, 60_000, "SIPRI's column is in US$ millions");
    }

    [Fact]
    public void Shared_WidePppFileAndAStateWithoutFigures()
    {
        // Given
        var tables = new SharedStructuralTables(SharedData.PathOf("data/structural"));

        // When
        var ppp = tables.Read(StructuralTable.WdiGdpPpp, "JPN", 2016, 2016);
        var northKorea = tables.Read(StructuralTable.WdiGdp, "PRK", 2010, 2012);

        // Then: the importer's figure for Japan (StructuralImporterTests); WDI has no GDP for North Korea
        Math.Round(ppp.Values[2016]).ShouldBe(5158900389807);
        northKorea.Problem.ShouldBeNull();
        northKorea.Values.ShouldBeEmpty();
    }

    [Fact]
    public void Shared_FolderWithoutTheTable_SaysWhichFileIsMissing()
    {
        // Given
        using var temp = new TempDirectory();
        var tables = new SharedStructuralTables(temp.Path);
        var absent = new SharedStructuralTables(Path.Combine(temp.Path, "nowhere"));

        // When
        var read = tables.Read(StructuralTable.SipriMilex, "JPN", 2016, 2016);
        var none = absent.Read(StructuralTable.WdiGdp, "JPN", 2016, 2016);

        // Then
        read.Problem.ShouldBe($"no file sipri_milex_*_long.csv in {temp.Path}");
        none.Problem.ShouldBe($"the structural folder {Path.Combine(temp.Path, "nowhere")} does not exist");
    }

    [Fact]
    public void Store_GivesTheSameFiguresAsTheFile_InTheCaseUnit()
    {
        // Given: one SIPRI table, read from the folder and from a store it was imported into
        using var temp = new TempDirectory();
        var sipri = temp.Write("sipri_milex_test_long.csv", $"{SipriHeader}\nJapan,JPN,740,2016,45000,46471.288,0.0094,366,0.025\nJapan,JPN,740,2017,45500,NA,0.0093,360,0.024\n");
        string storePath;
        using (var store = StoreFixtures.NewStore(temp))
        {
            new StructuralImporter(store).Import(new StructuralFiles(Sipri: sipri));
            storePath = store.Path;
        }

        // When
        var fromStore = new StoreStructuralTables(storePath).Read(StructuralTable.SipriMilex, "JPN", 2015, 2017);
        var fromFile = new SharedStructuralTables(temp.Path).Read(StructuralTable.SipriMilex, "JPN", 2015, 2017);

        // Then
        fromStore.Values.ShouldBe(new Dictionary<int, double> { [2016] = 46471.288 * 1e6 });
        fromFile.Values.ShouldBe(fromStore.Values);
        fromStore.Origin.ShouldBe($"state_years (milex_current_usd_m) in {storePath}");
    }
}
