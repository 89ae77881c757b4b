using System.Globalization;
using Statecraft.Cases.Vocabulary;
using Statecraft.Store.Events;
using Statecraft.Store.Queries;

namespace Statecraft.Store.Imports;

/// <summary>
/// Turns the event coder's fields (<c>doc</c>, <c>sentence</c>, <c>date</c>, <c>date_precision</c>, <c>source</c>,
/// <c>source_country</c>, <c>target</c>, <c>target_country</c>, <c>cameo</c>, <c>quad</c>, <c>goldstein</c>,
/// <c>plover</c>, <c>issues</c>, <c>negated</c>, <c>text</c>) into a stored event, or says which field is wrong.
/// </summary>
internal static class CoderRecordParser
{
    public static ReadRow Parse(CoderFields fields, string file, long line)
    {
        try
        {
            return new ReadRow(line, Build(fields), null);
        }
        catch (FieldException ex)
        {
            return ReadRow.Bad(file, line, ex.Field, ex.Message);
        }
        catch (FormatException ex)
        {
            return ReadRow.Bad(file, line, string.Empty, ex.Message);
        }
    }

    private static StoredEvent Build(CoderFields f)
    {
        var dateText = f.Get("date") ?? throw new FieldException("date", "is missing or null: an event without a date cannot be placed in a series");
        if (!PartialDate.TryParse(dateText, out var date))
        {
            throw new FieldException("date", $"'{dateText}' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        }

        if (!DateLimits.InRange(date.Start))
        {
            throw new FieldException("date", $"'{dateText}' lies outside {DateLimits.Range}");
        }

        var cameo = f.Get("cameo") ?? throw new FieldException("cameo", "is required");
        if (!QuadClass.IsCameoCode(cameo))
        {
            throw new FieldException("cameo", $"'{cameo}' is not a CAMEO event code (2-4 digits, root 01-20)");
        }

        var doc = f.Get("doc");
        var sentence = OptionalInt(f, "sentence", 0, int.MaxValue);
        var source = f.Get("source");
        var target = f.Get("target");
        var key = string.Join('|', "coder", doc, sentence?.ToString(CultureInfo.InvariantCulture), source, target, cameo, date.ToString());
        return new StoredEvent(
            key, doc, sentence, date.Start, Precision(f, date), source, Country(f, "source_country"), target,
            Country(f, "target_country"), cameo, OptionalInt(f, "quad", 1, 4) ?? QuadClass.FromCameo(cameo)!.Value,
            Goldstein(f), f.Get("plover"), f.Issues(), Bool(f, "negated"), f.Get("text"));
    }

    private static DatePrecision Precision(CoderFields f, PartialDate date)
    {
        var text = f.Get("date_precision");
        return text switch
        {
            null => date.Precision,
            "day" => DatePrecision.Day,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            "document" => DatePrecision.Document,
            _ => throw new FieldException("date_precision", $"'{text}' is not one of day, month, year, document"),
        };
    }

    private static string? Country(CoderFields f, string name)
    {
        var code = f.Get(name);
        return code is null || Countries.IsIso3(code)
            ? code
            : throw new FieldException(name, $"'{code}' is not an ISO 3166-1 alpha-3 code");
    }

    private static int? OptionalInt(CoderFields f, string name, int min, int max)
    {
        var text = f.Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FieldException(name, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not an integer in {min}..{max}"));
    }

    private static double? Goldstein(CoderFields f)
    {
        var text = f.Get("goldstein");
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= -10 and <= 10
            ? value
            : throw new FieldException("goldstein", $"'{text}' is not a Goldstein weight in -10..10");
    }

    private static bool Bool(CoderFields f, string name) => f.Get(name) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw new FieldException(name, $"'{other}' is not true or false"),
    };

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
