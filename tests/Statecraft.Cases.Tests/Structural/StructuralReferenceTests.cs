using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Json;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Cases.Yaml;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Structural;

public class StructuralReferenceTests
{
    private const string LastFigure = "  - { state: AUS, year: 2020, indicator: population, value: 25700000, judgement: \"Rounded, for the tests.\" }";

    /// <summary>The full-feature case with <paramref name="entries"/> added to its structural section.</summary>
    private static string CaseWith(TempDirectory dir, params string[] entries) =>
        FullFeatureCase.CopyWith(dir, "structural.yaml", LastFigure, string.Join("\n", [LastFigure, .. entries.Select(e => "  - " + e)]));

    /// <summary>A table with figures for AUS in 2016-2019 only, in the case unit (1000 per year above 2015).</summary>
    private sealed class FakeTables : IStructuralTables
    {
        public List<(StructuralTable Table, string State, int From, int To)> Asked { get; } = [];

        public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear)
        {
            Asked.Add((table, state, fromYear, toYear));
            var values = Enumerable.Range(fromYear, toYear - fromYear + 1)
                .Where(y => state == "AUS" && y is >= 2016 and <= 2019)
                .ToDictionary(y => y, y => 1000.0 * (y - 2015));
            return new StructuralTableRead("fake.csv", values);
        }
    }

    [Fact]
    public void Load_ReadsBothForms_ReferencesResolvedToFiguresWithTheirSource()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, years: [2016, 2018], table: sipriMilex, source: synthetic }", "{ state: AUS, year: 2019, table: wdiGdp, source: memo }");
        var tables = new FakeTables();

        // When
        var loaded = CaseLoader.Load(path, tables, null);

        // Then
        loaded.StructuralReferences.Select(r => (r.State, r.FromYear, r.ToYear, r.Table, r.Provenance.Source))
            .ShouldBe([("AUS", 2016, 2018, StructuralTable.SipriMilex, "synthetic"), ("AUS", 2019, 2019, StructuralTable.WdiGdp, "memo")]);
        loaded.Structural.Count(f => f.Reference is null).ShouldBe(5, "the literal figures stay");
        var read = loaded.Structural.Where(f => f.Reference is not null).ToList();
        read.Select(f => (f.Year, f.Indicator, f.Value, f.Unit, f.Provenance.Source)).ShouldBe(
        [
            (2016, Indicator.Milex, 1000.0, "USD", "synthetic"), (2017, Indicator.Milex, 2000.0, "USD", "synthetic"),
            (2018, Indicator.Milex, 3000.0, "USD", "synthetic"), (2019, Indicator.Gdp, 4000.0, "USD", "memo"),
        ]);
        tables.Asked.ShouldBe([(StructuralTable.SipriMilex, "AUS", 2016, 2018), (StructuralTable.WdiGdp, "AUS", 2019, 2019)]);
    }

    [Fact]
    public void Write_LoadedCaseWithReferences_WritesTheReferencesBackNotTheirFigures()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, years: [2016, 2018], table: sipriMilex, source: synthetic }", "{ state: AUS, year: 2019, table: wdiPopulation, source: memo }");
        var loaded = CaseLoader.Load(path, new FakeTables(), null);

        // When
        var text = CaseWriter.ToText(loaded);
        var reread = CaseLoader.Load(dir.Write("written.yaml", text), new FakeTables(), null);

        // Then
        text.ShouldContain("- {state: AUS, years: [2016, 2018], table: sipriMilex, source: synthetic}");
        text.ShouldContain("- {state: AUS, year: 2019, table: wdiPopulation, source: memo}");
        text.ShouldNotContain("value: 1000");
        reread.StructuralReferences.ShouldBe(loaded.StructuralReferences);
        CaseJson.Serialize(reread).ShouldBe(CaseJson.Serialize(loaded));
        CaseWriter.ToText(reread).ShouldBe(text);
    }

    [Fact]
    public void Json_NamesEachFiguresTableAndListsTheReferences()
    {
        // Given
        using var dir = new TempDirectory();
        var loaded = CaseLoader.Load(CaseWith(dir, "{ state: AUS, years: [2016, 2017], table: wdiGdpPpp, source: synthetic }"), new FakeTables(), null);

        // When
        var json = CaseJson.ToJson(loaded);

        // Then
        var figures = json["structural"]!.AsArray();
        figures.Count(f => (string?)f!["table"] == "wdiGdpPpp").ShouldBe(2);
        figures.Count(f => f!["table"] is null).ShouldBe(5);
        var reference = json["structural_references"]!.AsArray().Single()!;
        ((string?)reference["id"], (int?)reference["from_year"], (int?)reference["to_year"], (string?)reference["indicator"], (string?)reference["source"])
            .ShouldBe(("AUS-2016-2017-wdiGdpPpp", 2016, 2017, "gdpPpp", "synthetic"));
    }

    [Fact]
    public void Load_RangeWithSomeYearsMissing_LeavesThemOutWithAWarningAtTheField()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, years: [2014, 2017], table: sipriMilex, source: synthetic }");
        var warnings = new List<InputError>();

        // When
        var loaded = CaseLoader.Load(path, new FakeTables(), warnings);

        // Then
        loaded.Structural.Where(f => f.Reference is not null).Select(f => f.Year).ShouldBe([2016, 2017]);
        var warning = warnings.ShouldHaveSingleItem();
        warning.File.ShouldEndWith("structural.yaml");
        warning.Line.ShouldBe(6);
        warning.Field.ShouldBe("structural[4].years");
        warning.Message.ShouldStartWith("fake.csv has no milex figure for AUS in 2014-2015; those years are left out");
    }

    [Theory]
    [InlineData("{ state: NZL, years: [2016, 2018], table: sipriMilex, source: synthetic }", "structural[4].years", "fake.csv has no milex figure for NZL in 2016-2018")]
    [InlineData("{ state: AUS, year: 2010, table: wdiGdp, source: synthetic }", "structural[4].year", "fake.csv has no gdp figure for AUS in 2010")]
    public void Load_ReferenceWithNoFigure_IsAnErrorAtItsLine(string entry, string field, string message)
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, entry);

        // When
        var error = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path, new FakeTables(), null)).Errors.ShouldHaveSingleItem();

        // Then
        (error.Line, error.Field, error.Message).ShouldBe((6, field, message));
        error.File.ShouldEndWith("structural.yaml");
    }

    [Fact]
    public void Load_ReferenceWithoutTables_IsAnErrorAtItsTable()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, year: 2016, table: sipriMilex, source: synthetic }");

        // When
        var error = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path)).Errors.ShouldHaveSingleItem();

        // Then
        error.ToString().ShouldStartWith($"{Path.Combine(path, "structural.yaml")}:6:");
        error.Field.ShouldBe("structural[4].table");
        error.Message.ShouldContain("was given no structural tables");
    }

    [Fact]
    public void Load_TableThatCannotBeRead_IsAnErrorSayingWhy()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, year: 2016, table: wdiGdp, source: synthetic }");
        var missing = new MissingTables();

        // When
        var error = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path, missing, null)).Errors.ShouldHaveSingleItem();

        // Then
        (error.Line, error.Field, error.Message).ShouldBe((6, "structural[4].table", "'wdiGdp' cannot be read: no file wdi_gdp_current_usd.csv in /data"));
    }

    private sealed class MissingTables : IStructuralTables
    {
        public StructuralTableRead Read(StructuralTable table, string state, int fromYear, int toYear) =>
            StructuralTableRead.Unavailable("/data", "no file wdi_gdp_current_usd.csv in /data");
    }

    [Theory]
    [InlineData("{ state: AUS, year: 2016, table: wdiGdp, value: 5, source: synthetic }", "structural[4].value", "a reference reads 'value' from its table")]
    [InlineData("{ state: AUS, year: 2016, table: wdiGdp, indicator: gdp, source: synthetic }", "structural[4].indicator", "a reference reads 'indicator' from its table")]
    [InlineData("{ state: AUS, year: 2016, table: wdiGdp, judgement: guess }", "structural[4].source", "required field is missing")]
    [InlineData("{ state: AUS, table: wdiGdp, source: synthetic }", "structural[4].years", "a reference needs 'year: Y' or 'years: [from, to]'")]
    [InlineData("{ state: AUS, years: [2018, 2016], table: wdiGdp, source: synthetic }", "structural[4].years", "expected [from, to]")]
    [InlineData("{ state: AUS, year: 2016, table: imfGdp, source: synthetic }", "structural[4].table", "'imfGdp' is not one of wdiGdp, wdiGdpPpp, wdiPopulation, sipriMilex")]
    [InlineData("{ state: XXQ, year: 2016, table: wdiGdp, source: synthetic }", "structural[4].state", "'XXQ' is not an ISO 3166-1 alpha-3 code")]
    [InlineData("{ state: AUS, year: 2016, table: wdiGdp, source: nowhere }", "structural[4].source", "unknown source 'nowhere'")]
    public void Load_MalformedReference_IsAnErrorAtTheField(string entry, string field, string message)
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, entry);

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path, new FakeTables(), null)).Errors;

        // Then
        errors.ShouldContain(e => e.Field == field && e.Message.StartsWith(message, StringComparison.Ordinal) && e.Line == 6, string.Join(" | ", errors));
    }

    [Fact]
    public void Load_ReferenceGivingAFigureWrittenAlready_IsADuplicate()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CaseWith(dir, "{ state: AUS, year: 2016, table: wdiGdp, source: synthetic }", "{ state: AUS, year: 2016, indicator: gdp, value: 1, source: synthetic }");

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path, new FakeTables(), null)).Errors;

        // Then
        errors.ShouldContain(e => e.Message == "AUS already has a gdp figure for 2016", string.Join(" | ", errors));
    }
}
