using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Actors;

namespace Statecraft.Coding.Petrarch;

/// <summary>
/// Reads a PETRARCH/TABARI actor dictionary (Phoenix.Countries.actors.txt and kin): <c>PHRASE_ [CODE]</c>,
/// synonyms <c>+PHRASE_</c>, dated codes on indented lines <c>[USAGOV 450703-470121]</c>, <c>[CODE &lt;date]</c>,
/// <c>[CODE &gt;date]</c>. An entry without a valid code is reported and left out.
/// </summary>
internal static class PetrarchActorReader
{
    public static DictionaryLoadReport Load(TextReader reader, string file, ActorDictionaryBuilder builder)
    {
        var errors = new List<InputError>();
        var entries = 0;
        List<string>? phrases = null;
        var codes = new List<DatedCode>();
        var entryLine = 0;
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            var line = PetrarchText.StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith('[') && phrases is not null)
            {
                AddCodes(trimmed, codes, errors, file, number);
            }
            else if (trimmed.StartsWith('+') && phrases is not null)
            {
                phrases.Add(PetrarchText.Phrase(trimmed[1..]));
            }
            else
            {
                entries += Flush(builder, phrases, codes, errors, file, entryLine);
                var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
                phrases = [PetrarchText.Phrase(bracket < 0 ? trimmed : trimmed[..bracket])];
                codes = [];
                entryLine = number;
                if (bracket >= 0)
                {
                    AddCodes(trimmed[bracket..], codes, errors, file, number);
                }
            }
        }

        entries += Flush(builder, phrases, codes, errors, file, entryLine);
        return new DictionaryLoadReport(file, "PETRARCH actors", entries, errors);
    }

    private static int Flush(ActorDictionaryBuilder builder, List<string>? phrases, List<DatedCode> codes, List<InputError> errors, string file, int line)
    {
        if (phrases is null)
        {
            return 0;
        }

        if (codes.Count == 0)
        {
            errors.Add(new InputError(file, line, 0, string.Empty, $"actor '{phrases[0]}' has no valid [CODE]"));
            return 0;
        }

        var entry = EntryFor(codes);
        foreach (var phrase in phrases.Where(p => p.Length > 0))
        {
            builder.Add(phrase, entry, caseSensitive: false);
        }

        return 1;
    }

    private static ActorEntry EntryFor(List<DatedCode> codes)
    {
        var first = codes[0].Code;
        if (codes.Count == 1 && first.Length == 3 && Countries.IsIso3(first))
        {
            return new ActorEntry(ActorEntryKind.State, new StateReference(first, string.Empty), null);
        }

        var reference = new CodedReference([.. codes]);
        return new ActorEntry(reference.Country is null ? ActorEntryKind.Organization : ActorEntryKind.Person, reference, null);
    }

    /// <summary>Parses one or more <c>[CODE]</c>, <c>[CODE A-B]</c>, <c>[CODE &lt;A]</c>, <c>[CODE &gt;A]</c> groups.</summary>
    private static void AddCodes(string text, List<DatedCode> codes, List<InputError> errors, string file, int line)
    {
        foreach (var group in text.Split('[', StringSplitOptions.RemoveEmptyEntries))
        {
            var close = group.IndexOf(']', StringComparison.Ordinal);
            // "[EGYGOV > 140608]": a space after the comparison sign is tolerated, as PETRARCH does.
            var inside = (close < 0 ? group : group[..close]).Replace("> ", ">", StringComparison.Ordinal).Replace("< ", "<", StringComparison.Ordinal);
            var parts = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (close < 0 || parts.Length is 0 or > 2 || !PetrarchText.IsCode(parts[0]))
            {
                errors.Add(new InputError(file, line, 0, string.Empty, $"'[{group.Trim()}' is not [CODE] or [CODE dates] with an upper-case CAMEO code"));
                continue;
            }

            if (parts.Length == 1)
            {
                codes.Add(new DatedCode(parts[0], null, null));
            }
            else if (TryDates(parts[1], out var from, out var to))
            {
                codes.Add(new DatedCode(parts[0], from, to));
            }
            else
            {
                errors.Add(new InputError(file, line, 0, string.Empty, $"'{parts[1]}' is not a date range (YYMMDD-YYMMDD, <YYMMDD or >YYMMDD)"));
            }
        }
    }

    private static bool TryDates(string text, out DateOnly? from, out DateOnly? to)
    {
        from = null;
        to = null;
        if (text.StartsWith('<') || text.StartsWith('>'))
        {
            var ok = PetrarchDates.TryParse(text[1..], out var bound);
            if (text[0] == '>')
            {
                from = bound;
            }
            else
            {
                to = bound;
            }

            return ok;
        }

        var range = text.Split('-');
        if (range.Length == 2 && PetrarchDates.TryParse(range[0], out var start) && PetrarchDates.TryParse(range[1], out var end))
        {
            (from, to) = (start, end);
            return true;
        }

        return false;
    }
}
