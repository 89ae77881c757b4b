using Statecraft.Store.Imports;
using Statecraft.Testing;

namespace Statecraft.Store.Tests.Imports;

public sealed class FormatImportTests
{
    private static ImportResult Import(Statecraft.Store.Database.EventStore store, string path, ImportFormat format) =>
        new EventImporter(store).Import(path, format, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Import_SharedGdeltSample_ReadsEveryRowAndGoldsteinSums()
    {
        // Given: the comma-separated, NA-for-missing GDELT 1.0 sample; sums computed by hand with awk:
        // awk -F, 'NR>1 {s+=$31} END {print s}' gives 4915.7; QuadClass 4 rows: 785 summing to -5959.5.
        var path = SharedData.PathOf("data/gdelt/gdelt1_georgia_apr2012.csv");
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = Import(store, path, ImportFormat.Gdelt1);

        // Then
        result.ShouldBe(result with { RowsRead = 5865, Imported = 5865, Skipped = 0, Duplicates = 0 });
        Sum(store, "TRUE").ShouldBe(4915.7, 1e-9);
        Sum(store, "quad = 4").ShouldBe(-5959.5, 1e-9);
        store.Count("events", "quad = 4").ShouldBe(785);
        store.Count("events", "source_country = 'USA' AND target_country = 'GEO'").ShouldBe(11);
        Sum(store, "source_country = 'USA' AND target_country = 'GEO'").ShouldBe(23.3, 1e-9);
        store.Count("events", "source_actor IS NULL").ShouldBe(833);
        store.Count("events", "target_actor IS NULL").ShouldBe(2287);
        store.Count("events", "cameo = '040'").ShouldBeGreaterThan(0);
        store.Count("events", "event_date < DATE '2012-04-01' OR event_date > DATE '2012-04-30'").ShouldBe(0);
    }

    [Fact]
    public void Import_Gdelt2Tabbed_ReadsCodebookColumnsAndReportsBadRows()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = Import(store, StoreFixtures.Path("gdelt2-events.tsv"), ImportFormat.Gdelt2);

        // Then
        result.ShouldBe(result with { RowsRead = 6, Imported = 3, Skipped = 2, Duplicates = 1 });
        result.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(4, "SQLDATE"), (5, string.Empty)]);
        store.Count("events", "event_key = 'gdelt:600000002' AND cameo = '0874' AND quad = 2 AND goldstein = 7 AND source_actor = 'USAGOV'").ShouldBe(1);
        store.Count("events", "event_key = 'gdelt:600000003' AND target_actor IS NULL AND target_country IS NULL").ShouldBe(1);
        store.Count("documents").ShouldBe(2);
        store.Count("events", "event_key = 'gdelt:600000002' AND line = 2").ShouldBe(1);
        store.Count("events", "event_key = 'gdelt:600000003' AND line = 3").ShouldBe(1);
    }

    [Fact]
    public void Import_BlankLinesAndRejectedRows_EveryRowKeepsItsLineNumber()
    {
        // Given: the GDELT 2.0 fixture's good rows with blank lines and malformed rows between them
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);
        var rows = File.ReadAllLines(StoreFixtures.Path("gdelt2-events.tsv"));
        var path = temp.Write("gaps.tsv", string.Join('\n', "", rows[0], "", "", rows[4], rows[1], "not\ta\trow", "", rows[2], rows[3], "") + "\n");

        // When
        var result = Import(store, path, ImportFormat.Gdelt2);

        // Then: lines 1, 3, 4, 8 and 11 are blank; 5 and 7 have too few columns, 10 a bad SQLDATE
        result.ShouldBe(result with { RowsRead = 6, Imported = 3, Skipped = 3 });
        result.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(5, string.Empty), (7, string.Empty), (10, "SQLDATE")]);
        result.Errors[0].Message.ShouldBe("expected 61 columns, found 3");
        result.Errors[2].Message.ShouldBe("'20161131' is not a date of the form YYYYMMDD");
        store.Count("events", "event_key = 'gdelt:600000001' AND line = 2").ShouldBe(1);
        store.Count("events", "event_key = 'gdelt:600000002' AND line = 6").ShouldBe(1);
        store.Count("events", "event_key = 'gdelt:600000003' AND line = 9").ShouldBe(1);
        store.Count("import_errors", "line IN (5, 7, 10)").ShouldBe(3);
    }

    [Fact]
    public void Import_Gdelt1Tabbed_ReadsCurrentAndBackfileRows()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = Import(store, StoreFixtures.Path("gdelt1-events.tsv"), ImportFormat.Gdelt1);

        // Then
        result.ShouldBe(result with { RowsRead = 3, Imported = 2, Skipped = 1 });
        result.Errors.Single().Field.ShouldBe("EventCode");
        store.Count("events", "event_date = DATE '1999-01-05' AND doc_id IS NULL AND cameo = '036'").ShouldBe(1);
    }

    [Fact]
    public void Import_Icews_MapsCountryNamesAndCameoCodes()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = Import(store, StoreFixtures.Path("icews-events.tab"), ImportFormat.Icews);

        // Then
        result.ShouldBe(result with { RowsRead = 4, Imported = 3, Skipped = 1 });
        store.Count("events", "source_actor = 'Shinzo Abe' AND source_country = 'JPN' AND target_country = 'USA' AND cameo = '036' AND quad = 1 AND goldstein = 4").ShouldBe(1);
        store.Count("events", "target_country = 'RUS' AND cameo = '010' AND quad = 1").ShouldBe(1);
        store.Count("events", "source_country = 'CHN' AND quad = 3 AND evidence = 'Criticize or denounce'").ShouldBe(1);
    }

    [Fact]
    public void Import_CoderCsv_ReadsQuotedTextAndIssueLists()
    {
        // Given
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);

        // When
        var result = Import(store, StoreFixtures.Path("coder-events.csv"), ImportFormat.Csv);

        // Then
        result.ShouldBe(result with { RowsRead = 3, Imported = 2, Skipped = 1 });
        result.Errors.Single().ShouldBe(result.Errors.Single() with { Line = 4, Field = "date" });
        store.Count("events", "evidence = 'Abe met Trump, and they \"talked\" golf.' AND len(issues) = 2 AND plover = 'CONSULT'").ShouldBe(1);
        store.Count("events", "cameo = '0874' AND date_precision = 'month' AND event_date = DATE '2017-02-01' AND line = 3").ShouldBe(1);
    }

    [Fact]
    public void Import_CoderCsvWithQuotedLineBreak_KeepsTheFieldWhole()
    {
        // Given: evidence text with a line break inside its quotes (the old line-by-line splitter rejected it)
        using var temp = new TempDirectory();
        using var store = StoreFixtures.NewStore(temp);
        var path = temp.Write("multiline.csv", "doc,sentence,date,cameo,text\nmemo,0,2017-02-10,036,\"Abe met Trump.\nThey talked golf.\"\nmemo,1,2017-02-11,042,plain\n");

        // When
        var result = Import(store, path, ImportFormat.Csv);

        // Then
        result.ShouldBe(result with { RowsRead = 2, Imported = 2, Skipped = 0 });
        store.Count("events", "evidence = 'Abe met Trump.' || chr(10) || 'They talked golf.' AND line = 2").ShouldBe(1);
    }

    private static double Sum(Statecraft.Store.Database.EventStore store, string where)
    {
        using var command = store.OpenReader().CreateCommand();
        command.CommandText = "SELECT sum(goldstein) FROM events WHERE " + where;
        return Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
