using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Store.Events;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// Reads GDELT 1.0 and 2.0 event exports. Raw exports are tab-separated without a header and are read by the
/// codebook's column positions; a file whose first line names the columns (such as the comma-separated,
/// <c>NA</c>-for-missing variant written by R) is read by those names.
/// </summary>
internal sealed class GdeltEventReader(ImportFormat format) : IEventReader
{
    private readonly CodeInterner _codes = new();

    public IEnumerable<ReadRow> Read(TextReader reader, string file, CancellationToken cancellationToken)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }

        var dialect = GdeltDialect.Detect(first, format, file);
        var fields = new DelimitedLine(dialect.Delimiter);
        long number = 1;
        var line = dialect.HasHeader ? reader.ReadLine() : first;
        number += dialect.HasHeader ? 1 : 0;
        for (; line is not null; line = reader.ReadLine(), number++)
        {
            if ((number & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.Length > 0)
            {
                yield return Parse(fields, line, dialect, file, number);
            }
        }
    }

    private ReadRow Parse(DelimitedLine fields, string line, GdeltDialect dialect, string file, long number)
    {
        if (!fields.Split(line))
        {
            return ReadRow.Bad(file, number, string.Empty, "a quoted field is not closed");
        }

        var layout = dialect.LayoutFor(fields.Count);
        if (layout is null)
        {
            return ReadRow.Bad(file, number, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"expected {dialect.ExpectedColumns} columns, found {fields.Count}"));
        }

        if (!long.TryParse(fields.Raw(layout.EventId), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ReadRow.Bad(file, number, "GLOBALEVENTID", $"'{fields.Text(layout.EventId)}' is not an event id");
        }

        if (!TryDate(fields.Raw(layout.SqlDate), out var date))
        {
            return ReadRow.Bad(file, number, "SQLDATE", $"'{fields.Text(layout.SqlDate)}' is not a date of the form YYYYMMDD in " + DateLimits.Range);
        }

        return ParseCodes(fields, layout, dialect, file, number, id, date);
    }

    private ReadRow ParseCodes(DelimitedLine fields, GdeltLayout layout, GdeltDialect dialect, string file, long number, long id, DateOnly date)
    {
        var cameo = fields.Raw(layout.EventCode);
        if (cameo.Length is < 2 or > 4 || !QuadClass.IsCameoCode(_codes.Intern(cameo)))
        {
            return ReadRow.Bad(file, number, "EventCode", $"'{fields.Text(layout.EventCode)}' is not a CAMEO event code");
        }

        var quad = fields.Raw(layout.QuadClass);
        if (quad.Length != 1 || quad[0] is < '1' or > '4')
        {
            return ReadRow.Bad(file, number, "QuadClass", $"'{fields.Text(layout.QuadClass)}' is not a quad class 1-4");
        }

        var goldstein = fields.Raw(layout.Goldstein);
        double? weight = null;
        if (!dialect.IsMissing(fields, layout.Goldstein))
        {
            if (!double.TryParse(goldstein, NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || !double.IsFinite(g) || g is < -10 or > 10)
            {
                return ReadRow.Bad(file, number, "GoldsteinScale", $"'{goldstein}' is not a Goldstein weight in -10..10");
            }

            weight = g;
        }

        var url = layout.SourceUrl >= 0 && !dialect.IsMissing(fields, layout.SourceUrl) ? fields.Text(layout.SourceUrl) : null;
        var evt = new StoredEvent(
            "gdelt:" + id.ToString(CultureInfo.InvariantCulture), url, null, date, DatePrecision.Day,
            Code(fields, dialect, layout.Actor1Code), Code(fields, dialect, layout.Actor1Country),
            Code(fields, dialect, layout.Actor2Code), Code(fields, dialect, layout.Actor2Country),
            _codes.Intern(cameo), quad[0] - '0', weight, null, [], false, null);
        return new ReadRow(number, evt, null);
    }

    private string? Code(DelimitedLine fields, GdeltDialect dialect, int index) =>
        index < 0 || dialect.IsMissing(fields, index) ? null : _codes.Intern(fields.Raw(index));

    private static bool TryDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 8
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(text.Slice(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < DateLimits.Earliest.Year || y > DateLimits.Latest.Year || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }
}

/// <summary>How a GDELT file is written: delimiter, header, missing-value token and column layout.</summary>
internal sealed record GdeltDialect(char Delimiter, bool HasHeader, bool NaIsMissing, GdeltLayout? Named, ImportFormat Format)
{
    public string ExpectedColumns => Named is not null
        ? Named.Columns.ToString(CultureInfo.InvariantCulture)
        : Format == ImportFormat.Gdelt2 ? "61" : "57 or 58";

    public static GdeltDialect Detect(string first, ImportFormat format, string file)
    {
        if (!first.Contains("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase))
        {
            return new GdeltDialect('\t', false, false, null, format);
        }

        var delimiter = first.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var header = new DelimitedLine(delimiter);
        header.Split(first);
        var names = Enumerable.Range(0, header.Count).Select(header.Text).ToList();
        var layout = GdeltLayout.FromHeader(names) ?? throw new InvalidInputException(new InputError(
            file, 1, 0, string.Empty, "the header lacks a GDELT column (GLOBALEVENTID, SQLDATE, Actor1Code, Actor2Code, EventCode, QuadClass, GoldsteinScale)"));
        return new GdeltDialect(delimiter, true, delimiter == ',', layout, format);
    }

    public GdeltLayout? LayoutFor(int columns) => Named is not null
        ? (columns == Named.Columns ? Named : null)
        : Format == ImportFormat.Gdelt2
            ? (columns == 61 ? GdeltLayout.Gdelt2 : null)
            : columns switch { 58 => GdeltLayout.Gdelt1, 57 => GdeltLayout.Gdelt1Backfile, _ => null };

    /// <summary>Empty fields are missing; in the comma-separated variant so is an unquoted <c>NA</c>.</summary>
    public bool IsMissing(DelimitedLine fields, int index)
    {
        var raw = fields.Raw(index);
        return raw.IsEmpty || (NaIsMissing && !fields.IsQuoted(index) && raw.SequenceEqual("NA"));
    }
}
