using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Store.Structural;

/// <summary>
/// Readers of the structural data layouts described in <c>docs/store.md</c>: World Bank WDI (the bulk download's
/// wide CSV, or the long <c>Country Name,Country Code,Year,Value</c> form), SIPRI milex as a long CSV, and COW NMC.
/// Aggregates and entities that are not states in the country table are counted, not stored.
/// </summary>
internal static class StructuralReaders
{
    /// <summary>WDI: wide files name their indicator per row; long files hold <paramref name="longIndicator"/>.</summary>
    public static StructuralRead Wdi(string path, string longIndicator)
    {
        RefuseBinary(path);
        var read = new StructuralRead(path);
        var rows = CsvRows.Read(path).ToList();
        var header = rows.Find(r => r.Count > 0 && r.Text(0).Trim() == "Country Name");
        if (header is null)
        {
            read.Error(1, string.Empty, "no header row starting with Country Name");
            return read;
        }

        var columns = header.Columns(path);
        var wide = columns.ContainsKey("Indicator Code");
        foreach (var fields in rows.Where(r => r.Line > header.Line && !r.IsBlank))
        {
            var number = fields.Line;
            read.Rows++;
            if (fields.Count < columns.Count - 1)
            {
                read.Error(number, string.Empty, "malformed row");
            }
            else if (wide)
            {
                WideRow(read, fields, columns, number);
            }
            else
            {
                var column = StateYearColumns.ForWdiIndicator(longIndicator) ?? throw new ArgumentException($"unknown WDI indicator {longIndicator}", nameof(longIndicator));
                Add(read, number, fields.Text(columns["Country Code"]), fields.Text(columns["Year"]), column, fields.Text(columns["Value"]));
            }
        }

        return read;
    }

    /// <summary>SIPRI long CSV: <c>country_sipri,iso3c,cown,year,milex_const2022_usd_m,milex_current_usd_m,milex_share_gdp,…</c>.</summary>
    public static StructuralRead Sipri(string path) => ReadLong(path, ["iso3c", "year", "milex_current_usd_m", "milex_share_gdp"], (read, f, columns, number) =>
    {
        var iso3 = f.Text(columns["iso3c"]);
        Add(read, number, iso3, f.Text(columns["year"]), StateYearColumn.MilexCurrentUsdM, f.Text(columns["milex_current_usd_m"]));
        Add(read, number, iso3, f.Text(columns["year"]), StateYearColumn.MilexShareGdp, f.Text(columns["milex_share_gdp"]), countOnce: false);
    });

    /// <summary>COW NMC abridged: <c>stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version</c>; -9 is missing.</summary>
    public static StructuralRead Nmc(string path) => ReadLong(path, ["ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"], (read, f, columns, number) =>
    {
        var iso3 = int.TryParse(f.Text(columns["ccode"]), NumberStyles.None, CultureInfo.InvariantCulture, out var ccode)
            && Countries.TryGetByCowNumber(ccode, out var country) ? country.Iso3 : string.Empty;
        (string Name, StateYearColumn Column)[] figures =
        [
            ("milex", StateYearColumn.NmcMilexThousands), ("milper", StateYearColumn.NmcMilper), ("irst", StateYearColumn.NmcIrst),
            ("pec", StateYearColumn.NmcPec), ("tpop", StateYearColumn.NmcTpop), ("upop", StateYearColumn.NmcUpop), ("cinc", StateYearColumn.NmcCinc),
        ];
        foreach (var (name, column) in figures)
        {
            var text = f.Text(columns[name]);
            Add(read, number, iso3, f.Text(columns["year"]), column, text == "-9" ? string.Empty : text, countOnce: name == "milex");
        }
    });

    private static void WideRow(StructuralRead read, CsvRow fields, Dictionary<string, int> columns, long number)
    {
        var column = StateYearColumns.ForWdiIndicator(fields.Text(columns["Indicator Code"]));
        if (column is null)
        {
            read.Error(number, "Indicator Code", $"'{fields.Text(columns["Indicator Code"])}' is not an indicator the state_years table holds");
            return;
        }

        var iso3 = fields.Text(columns["Country Code"]);
        var first = true;
        foreach (var (year, index) in columns.Where(c => c.Key.Length == 4 && c.Key.All(char.IsAsciiDigit) && c.Value < fields.Count))
        {
            Add(read, number, iso3, year, column.Value, fields.Text(index), countOnce: first);
            first = false;
        }
    }

    private static StructuralRead ReadLong(string path, string[] required, Action<StructuralRead, CsvRow, Dictionary<string, int>, long> row)
    {
        RefuseBinary(path);
        var read = new StructuralRead(path);
        Dictionary<string, int>? columns = null;
        foreach (var fields in CsvRows.Read(path))
        {
            if (columns is null)
            {
                columns = fields.Columns(path);
                var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    // Named once, before any row: a spreadsheet or another layout would otherwise fail on every line.
                    throw new InvalidInputException(new InputError(path, (int)fields.Line, 0, string.Empty,
                        $"the header lacks the column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} (expected a CSV with {string.Join(",", required)}; see docs/store.md)"));
                }
            }
            else if (!fields.IsBlank)
            {
                read.Rows++;
                TryRow(read, fields, columns, fields.Line, row);
            }
        }

        return read;
    }

    /// <summary>Refuses a spreadsheet (a ZIP file: .xlsx, .ods) or any file with NUL bytes in its first 4 KB, before it is read line by line.</summary>
    private static void RefuseBinary(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, 0, 0, string.Empty, "is a directory; give a CSV file"));
        }

        Span<byte> head = stackalloc byte[4096];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8))
        {
            throw new InvalidInputException(new InputError(path, 0, 0, string.Empty, "is a ZIP file (a spreadsheet such as .xlsx?); save the sheet as CSV"));
        }

        if (head[..read].Contains((byte)0))
        {
            throw new InvalidInputException(new InputError(path, 0, 0, string.Empty, "is a binary file (NUL bytes); give a CSV file"));
        }
    }

    private static void TryRow(StructuralRead read, CsvRow fields, Dictionary<string, int> columns, long number, Action<StructuralRead, CsvRow, Dictionary<string, int>, long> row)
    {
        if (fields.Count != columns.Count)
        {
            read.Error(number, string.Empty, $"expected {columns.Count} columns, found {fields.Count}");
            return;
        }

        try
        {
            row(read, fields, columns, number);
        }
        catch (KeyNotFoundException)
        {
            read.Error(number, string.Empty, "the header lacks a column this layout needs (see docs/store.md)");
        }
    }

    /// <summary>Adds one figure; empty, NA, xxx and .. are missing; a code that is not a state is counted once per row.</summary>
    private static void Add(StructuralRead read, long number, string iso3, string yearText, StateYearColumn column, string valueText, bool countOnce = true)
    {
        if (!Countries.IsIso3(iso3))
        {
            read.NotStates += countOnce ? 1 : 0;
            return;
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999)
        {
            read.Error(number, "year", $"'{yearText}' is not a year");
            return;
        }

        if (valueText is "" or "NA" or "xxx" or ".." or "...")
        {
            return;
        }

        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            read.Error(number, column.SqlName(), $"'{valueText}' is not a number");
            return;
        }

        read.Values.Add(new StateYearValue(iso3, year, column, value));
    }
}
