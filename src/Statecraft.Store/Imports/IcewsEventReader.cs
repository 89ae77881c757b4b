using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Store.Events;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// Reads ICEWS coded event files (Boschee et al., Harvard Dataverse): tab-separated, with the header
/// <c>Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity,
/// Target Name, Target Sectors, Target Country, Story ID, Sentence Number, …</c>.
/// </summary>
/// <remarks>
/// Country names become ISO alpha-3 codes (<see cref="CountryNames"/>); a name it does not know leaves the
/// country empty. Actors keep ICEWS's names. <c>Intensity</c> is ICEWS's Goldstein-scale weight; the quad
/// class comes from the CAMEO root (<see cref="QuadClass.FromCameo"/>). A CAMEO code whose leading zero was
/// lost (<c>42</c> for <c>042</c>) gets it back.
/// </remarks>
internal sealed class IcewsEventReader : IEventReader
{
    private static readonly string[] Required = ["Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code", "Intensity", "Target Name", "Target Country"];
    private readonly CodeInterner _codes = new();

    public IEnumerable<ReadRow> Read(TextReader reader, string file, CancellationToken cancellationToken)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }

        var fields = new DelimitedLine('\t');
        fields.Split(first);
        var columns = CsvCoderFields.Columns(fields, file);
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException(new InputError(file, 1, 0, string.Empty, "the ICEWS header lacks: " + string.Join(", ", missing)));
        }

        long number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Length > 0)
            {
                yield return !fields.Split(line) || fields.Count != columns.Count
                    ? ReadRow.Bad(file, number, string.Empty, $"expected {columns.Count} tab-separated columns, found {fields.Count}")
                    : Parse(new CsvCoderFields(fields, columns), file, number);
            }
        }
    }

    private ReadRow Parse(CsvCoderFields f, string file, long number)
    {
        var id = f.Get("Event ID");
        if (id is null)
        {
            return ReadRow.Bad(file, number, "Event ID", "is required");
        }

        if (!id.All(char.IsAsciiDigit))
        {
            return ReadRow.Bad(file, number, "Event ID", $"'{id}' is not an ICEWS event id (digits)");
        }

        if (!DateOnly.TryParseExact(f.Get("Event Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !DateLimits.InRange(date))
        {
            return ReadRow.Bad(file, number, "Event Date", $"'{f.Get("Event Date")}' is not a date of the form YYYY-MM-DD in " + DateLimits.Range);
        }

        var cameo = Cameo(f.Get("CAMEO Code") ?? string.Empty);
        if (cameo is null)
        {
            return ReadRow.Bad(file, number, "CAMEO Code", $"'{f.Get("CAMEO Code")}' is not a CAMEO event code");
        }

        var intensity = f.Get("Intensity");
        double? weight = null;
        if (intensity is not null)
        {
            if (!double.TryParse(intensity, NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || !double.IsFinite(g) || g is < -10 or > 10)
            {
                return ReadRow.Bad(file, number, "Intensity", $"'{intensity}' is not a weight in -10..10");
            }

            weight = g;
        }

        return new ReadRow(number, Build(f, id, date, cameo, weight), null);
    }

    private StoredEvent Build(CsvCoderFields f, string id, DateOnly date, string cameo, double? weight)
    {
        var sentence = int.TryParse(f.Get("Sentence Number"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        return new StoredEvent(
            "icews:" + id, f.Get("Story ID"), sentence, date, DatePrecision.Day,
            Intern(f.Get("Source Name")), Country(f.Get("Source Country")), Intern(f.Get("Target Name")), Country(f.Get("Target Country")),
            cameo, QuadClass.FromCameo(cameo)!.Value, weight, null, [], false, f.Get("Event Text"));
    }

    private string? Intern(string? text) => text is null ? null : _codes.Intern(text);

    private static string? Country(string? name) => CountryNames.TryGetIso3(name, out var iso3) ? iso3 : null;

    private static string? Cameo(string code) => QuadClass.IsCameoCode(code)
        ? code
        : code.Length is 2 or 3 && QuadClass.IsCameoCode("0" + code) ? "0" + code : null;
}
