using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Structural;

public class AtopTableTests
{
    private const string Header = "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\",\"atop_nonagg\",\"atop_consul\"\n";

    [Fact]
    public void Alliances_JoinsBothDirections_SplitsRunsByPledges_AndLeavesTheLastRunOpen()
    {
        // Given: Japan (740) and the US (2): the US pledges defence, Japan consultation; the pledges change in 2016.
        using var dir = new TempDirectory();
        var path = dir.Write("atop.csv", Header
            + "2,740,2014,1,0,0,0,1\n740,2,2014,0,0,0,0,1\n"
            + "2,740,2015,1,0,0,0,1\n740,2,2015,0,0,0,0,1\n"
            + "2,740,2016,1,0,0,1,1\n"
            + "2,740,2017,1,0,0,1,1\n"
            + "710,740,2017,0,0,0,1,0\n"
            + "2,20,2018,1,0,0,0,0\n");

        // When
        var alliances = AtopTable.Alliances(path, "JPN", ["USA", "CHN"], 2015, 2020, "atop");

        // Then
        alliances.Select(a => (a.With, string.Join("+", a.Pledges), a.From, a.To)).ShouldBe(
        [
            ("CHN", "Nonaggression", 2017, (int?)2017),
            ("USA", "Defense+Consultation", 2014, (int?)2015),
            ("USA", "Defense+Nonaggression+Consultation", 2016, (int?)2017),
        ]);
        alliances.ShouldAllBe(a => a.State == "JPN" && a.Kind == AllianceKind.Treaty && a.Provenance.Source == "atop");
    }

    [Fact]
    public void Alliances_ARunReachingTheTablesLastYear_IsOpen()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("atop.csv", Header + "2,740,2017,1,0,0,0,0\n2,740,2018,1,0,0,0,0\n");

        var alliance = AtopTable.Alliances(path, "JPN", ["USA"], 2016, 2019, "atop").Single();

        alliance.To.ShouldBeNull();
        alliance.Provenance.Judgement.ShouldNotBeNull().ShouldContain("2018, the table's last year");
    }

    [Fact]
    public void Alliances_MissingColumn_NamesItAndTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("atop.csv", "ccode1,ccode2,year\n2,740,2017\n");

        var error = Should.Throw<InvalidInputException>(() => AtopTable.Alliances(path, "JPN", ["USA"], 2016, 2019, "atop")).Errors.Single();

        error.File.ShouldBe(path);
        error.Field.ShouldBe("atop_defense");
    }

    [Fact]
    public void Alliances_NotANumber_NamesLineAndColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("atop.csv", Header + "2,740,2017,1,0,0,0,0\n2,740,twenty,1,0,0,0,0\n");

        var error = Should.Throw<InvalidInputException>(() => AtopTable.Alliances(path, "JPN", ["USA"], 2016, 2019, "atop")).Errors.Single();

        error.Line.ShouldBe(3);
        error.Field.ShouldBe("year");
        error.Message.ShouldContain("'twenty' is not a whole number");
    }

    [Fact]
    public void Alliances_OnTheSharedAtopTable_FindsTheUsJapanDefencePact()
    {
        var path = SharedData.PathOf("data/structural/atop_v5.1_ddyr_via_peacesciencer.csv");

        var alliances = AtopTable.Alliances(path, "JPN", ["USA"], 2016, 2019, "atop-5.1");

        var pact = alliances.ShouldHaveSingleItem();
        pact.Pledges.ShouldContain(Pledge.Defense);
        pact.From.ShouldBe(1960);
        pact.To.ShouldBeNull();
    }
}
