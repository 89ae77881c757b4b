using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Analysis;

/// <summary>Cases whose structural figures are read by reference from the shared tables (docs/case-format.md, "structural").</summary>
public class StructuralReferenceTests
{
    private static readonly string[] States = ["USA", "JPN", "CHN"];

    /// <summary>(table, source id, file, state column, year column, value column, factor to the case unit).</summary>
    private static readonly (string Table, string Indicator, string Source, string File, string State, string Year, string Value, double Factor)[] Tables =
    [
        ("wdiGdp", "gdp", "wdi-gdp", "wdi_gdp_current_usd.csv", "Country Code", "Year", "Value", 1),
        ("sipriMilex", "milex", "sipri-milex-2024", "sipri_milex_1949-2023_long.csv", "iso3c", "year", "milex_current_usd_m", 1e6),
        ("wdiPopulation", "population", "wdi-population", "wdi_population.csv", "Country Code", "Year", "Value", 1),
    ];

    /// <summary>A copy of the reference case under <paramref name="parent"/> with <paramref name="structural"/> as its structural file.</summary>
    private static string CopyWith(string parent, string structural)
    {
        var target = Path.Combine(parent, "japan-us-2016");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.ReferenceCase, "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(target, "structural.yaml"), structural);
        return target;
    }

    /// <summary>
    /// The same figures pasted by hand: each looked up in the published file, in the case unit, and written in the order the
    /// references give them (by state, table, year), since the capability index sums shares in the order of its figures.
    /// </summary>
    private static string Literal(string folder)
    {
        var values = new Dictionary<(string State, string Table, int Year), double>();
        foreach (var t in Tables)
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(folder, t.File));
            foreach (var row in reader)
            {
                var state = row[t.State].ToString();
                var year = int.Parse(row[t.Year].ToString(), CultureInfo.InvariantCulture);
                if (States.Contains(state) && year is >= 2009 and <= 2018)
                {
                    values[(state, t.Table, year)] = double.Parse(row[t.Value].ToString(), CultureInfo.InvariantCulture) * t.Factor;
                }
            }
        }

        var text = new StringBuilder("structural:\n");
        foreach (var state in States)
        {
            foreach (var t in Tables)
            {
                for (var year = 2009; year <= 2018; year++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - {{ state: {state}, year: {year}, indicator: {t.Indicator}, value: {values[(state, t.Table, year)]:R}, source: {t.Source} }}\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The analysis without its input's hash, which differs because the two cases' files do.</summary>
    private static string WithoutCaseHash(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["provenance"]!.AsObject().Remove("case_hash").ShouldBeTrue();
        return node.ToJsonString();
    }

    private static string References() =>
        "structural:\n" + string.Concat(States.SelectMany(s => Tables.Select(t => $"  - {{ state: {s}, years: [2009, 2018], table: {t.Table}, source: {t.Source} }}\n")));

    [Fact]
    public void Analyze_CaseWithReferences_GivesTheSameAnalysisAsTheFiguresPasted()
    {
        // Given
        var folder = SharedData.PathOf("data/structural");
        using var dir = new TempDirectory();
        var byReference = CopyWith(Path.Combine(dir.Path, "a"), References());
        var pasted = CopyWith(Path.Combine(dir.Path, "b"), Literal(folder));

        // When
        var fromReferences = CliRunner.Run("analyze", byReference, "--format", "json", "--structural", folder);
        var fromFigures = CliRunner.Run("analyze", pasted, "--format", "json");
        var validated = CliRunner.Run("case", "validate", byReference, "--structural", folder);

        // Then
        fromReferences.ExitCode.ShouldBe(0, fromReferences.Error);
        fromFigures.ExitCode.ShouldBe(0, fromFigures.Error);
        WithoutCaseHash(fromReferences.Out).ShouldBe(WithoutCaseHash(fromFigures.Out));
        validated.ExitCode.ShouldBe(0, validated.Error);
        validated.Out.ShouldContain("90 structural figures (90 read by 9 references)");
    }

    [Fact]
    public void Validate_YearsMissingFromATable_WarnsAndPasses()
    {
        // Given: SIPRI lists "..." for North Korea before 2015
        var folder = SharedData.PathOf("data/structural");
        using var dir = new TempDirectory();
        var path = CopyWith(dir.Path, "structural:\n  - { state: PRK, years: [2013, 2016], table: sipriMilex, source: sipri-milex-2024 }\n");

        // When
        var result = CliRunner.Run("case", "validate", path, "--structural", folder);

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain($"warning: {Path.Combine(path, "structural.yaml")}:2:");
        result.Error.ShouldContain("structural[0].years: ");
        result.Error.ShouldContain("has no milex figure for PRK in 2013-2014; those years are left out");
    }

    [Fact]
    public void Analyze_ReferenceThatCannotBeRead_IsBadInputWithFileLineAndField()
    {
        // Given
        using var dir = new TempDirectory();
        var path = CopyWith(dir.Path, "structural:\n  - { state: JPN, year: 2016, table: wdiGdp, source: wdi-gdp }\n");

        // When
        var result = CliRunner.Run("analyze", path, "--structural", Path.Combine(dir.Path, "no-tables"));
        var store = CliRunner.Run("case", "validate", path, "--structural-db", Path.Combine(dir.Path, "none.duckdb"));
        var both = CliRunner.Run("case", "show", path, "--structural", dir.Path, "--structural-db", "x.duckdb");

        // Then
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"{Path.Combine(path, "structural.yaml")}:2:");
        result.Error.ShouldContain($"structural[0].table: 'wdiGdp' cannot be read: the structural folder {Path.Combine(dir.Path, "no-tables")} does not exist");
        result.Error.ShouldNotContain("   at ");
        store.ExitCode.ShouldBe(1);
        store.Error.ShouldContain("there is no store at");
        File.Exists(Path.Combine(dir.Path, "none.duckdb")).ShouldBeFalse("reading never creates a store");
        both.ExitCode.ShouldBe(2);
    }
}
