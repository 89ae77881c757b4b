using System.Net;

namespace Statecraft.Coding.Documents;

/// <summary>An event a PETRARCH validation record expects (<c>&lt;EventCoding sourcecode targetcode eventcode/&gt;</c>).</summary>
internal sealed record PetrarchExpectedEvent(string Source, string Target, string Code);

/// <summary>One <c>&lt;Sentence&gt;</c> record of a PETRARCH XML file: its attributes, text and expected events.</summary>
internal sealed record PetrarchRecord(string Id, string? Date, string Text, IReadOnlyList<PetrarchExpectedEvent> Expected, int Line)
{
    /// <summary>The record's Penn Treebank parse (<c>&lt;Parse&gt;</c>), or null when it has none.</summary>
    public string? Parse { get; init; }
}

/// <summary>
/// A tolerant scanner for PETRARCH XML files (input and validation suites). It does not need well-formed XML:
/// the UniversalPetrarch validation file self-closes <c>&lt;Sentence/&gt;</c> and then closes it again. No DTD is
/// read and no entity but the standard character references is expanded, so entity bombs stay inert.
/// </summary>
/// <remarks>
/// The scan works on spans with vectorised <c>IndexOf</c> and touches each character a bounded number of times:
/// a record's <c>&lt;Parse&gt;</c> tree, most of a news file's bytes, is only skipped over, never copied or
/// matched by a regular expression (the regex version copied every record's body, parse included, and ran three
/// patterns over it, which made reading cost as much as coding).
/// </remarks>
internal static class PetrarchXmlRecords
{
    private const string SentenceOpen = "<Sentence";
    private const string TextOpen = "<Text>";
    private const string TextClose = "</Text>";
    private const string EventCodingOpen = "<EventCoding";

    /// <summary>
    /// The records in order, in one pass: each <c>&lt;Sentence&gt;</c> tag is found after the previous one and lines are
    /// counted from there, so time is linear in the file's length. With <paramref name="parses"/> false the records'
    /// <c>&lt;Parse&gt;</c> trees are skipped, not copied (coding from text does not read them).
    /// </summary>
    public static IEnumerable<PetrarchRecord> Scan(string xml, bool parses = true)
    {
        var line = 1;
        var counted = 0;
        var tag = NextTag(xml, 0, SentenceOpen, out var attributes);
        for (var i = 0; tag >= 0; i++)
        {
            var from = attributes.End.Value + 1;
            var next = NextTag(xml, from, SentenceOpen, out var nextAttributes);
            var to = next >= 0 ? next : xml.Length;
            line += xml.AsSpan(counted, tag - counted).Count('\n');
            counted = tag;
            if (Record(xml, attributes, from, to, i, line, parses) is { } record)
            {
                yield return record;
            }

            (tag, attributes) = (next, nextAttributes);
        }
    }

    /// <summary>
    /// The records of a file as documents; a record with a bad date is skipped and counted. With
    /// <paramref name="parses"/> each document keeps its record's <c>&lt;Parse&gt;</c> (for the parity mode).
    /// </summary>
    public static IEnumerable<Document> ReadDocuments(string xml, string file, Cases.Vocabulary.PartialDate? defaultDate, InputProblems problems, bool parses = false)
    {
        foreach (var record in Scan(xml, parses))
        {
            var date = defaultDate;
            if (record.Date is not null)
            {
                if (!DocumentDates.TryParse(record.Date, out var parsed))
                {
                    problems.SkipRecord(file, record.Line, "date", $"date '{record.Date}' is not YYYYMMDD or YYYY-MM-DD");
                    continue;
                }

                date = parsed;
            }

            yield return new Document(record.Id, record.Text, date) { Parse = record.Parse };
        }
    }

    /// <summary>The record whose body is xml[from..to], or null when it has no complete <c>&lt;Text&gt;</c> element.</summary>
    private static PetrarchRecord? Record(string xml, Range attributes, int from, int to, int index, int line, bool parses)
    {
        var body = xml.AsSpan(from, to - from);
        var textStart = IndexOfMarkup(body, TextOpen);
        if (textStart < 0)
        {
            return null;
        }

        textStart += TextOpen.Length;
        var textLength = IndexOfMarkup(body[textStart..], TextClose);
        if (textLength < 0)
        {
            return null;
        }

        var text = body.Slice(textStart, textLength);
        var own = xml.AsSpan()[attributes];
        return new PetrarchRecord(
            Attribute(own, "id") ?? $"record{index + 1}",
            Attribute(own, "date"),
            Decode(text).Trim(),
            Expected(xml, from, to),
            line)
        {
            Parse = parses ? Element(body, "<Parse>", "</Parse>") : null,
        };
    }

    /// <summary>The trimmed content of the first <paramref name="open"/> element in <paramref name="body"/>, or null.</summary>
    private static string? Element(ReadOnlySpan<char> body, string open, string close)
    {
        var start = IndexOfMarkup(body, open);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var length = IndexOfMarkup(body[start..], close);
        return length < 0 ? null : body.Slice(start, length).Trim().ToString();
    }

    /// <summary>The <c>&lt;EventCoding&gt;</c> elements of a record that name an event code.</summary>
    private static List<PetrarchExpectedEvent> Expected(string xml, int from, int to)
    {
        var expected = new List<PetrarchExpectedEvent>();
        var at = from;
        while (at < to && NextTag(xml.AsSpan(0, to), at, EventCodingOpen, out var attributes) is var tag and >= 0)
        {
            var own = xml.AsSpan()[attributes];
            if (Attribute(own, "eventcode") is { } code)
            {
                expected.Add(new PetrarchExpectedEvent(Attribute(own, "sourcecode") ?? string.Empty, Attribute(own, "targetcode") ?? string.Empty, code));
            }

            at = Math.Max(tag + 1, attributes.End.Value + 1);
        }

        return expected;
    }

    /// <summary>
    /// The index of the next <paramref name="name"/> tag at or after <paramref name="start"/> (any case, followed by a
    /// character that ends the name, and closed by '&gt;'), with the range of its attributes; -1 when there is none.
    /// </summary>
    private static int NextTag(ReadOnlySpan<char> xml, int start, string name, out Range attributes)
    {
        attributes = default;
        var at = start;
        while (at < xml.Length)
        {
            var found = IndexOfMarkup(xml[at..], name);
            if (found < 0)
            {
                return -1;
            }

            var tag = at + found;
            var after = tag + name.Length;
            if (after < xml.Length && !IsNameChar(xml[after]))
            {
                var close = xml[after..].IndexOf('>');
                if (close < 0)
                {
                    return -1;
                }

                attributes = after..(after + close);
                return tag;
            }

            at = tag + 1;
        }

        return -1;
    }

    /// <summary>
    /// Where <paramref name="markup"/> (which starts with '&lt;') first occurs in <paramref name="span"/>, in any case;
    /// -1 if nowhere. Searching for '&lt;' first is vectorised and skips parse trees, which have none.
    /// </summary>
    private static int IndexOfMarkup(ReadOnlySpan<char> span, string markup)
    {
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf('<');
            if (found < 0)
            {
                return -1;
            }

            at += found;
            if (span[at..].StartsWith(markup, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            at++;
        }
    }

    private static int NextTag(string xml, int start, string name, out Range attributes) => NextTag(xml.AsSpan(), start, name, out attributes);

    /// <summary>A word character, as a regular expression's <c>\b</c> sees it: "&lt;Sentences&gt;" is not a record.</summary>
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The value of <c>name = "value"</c> in a tag's attributes (first match, any case), decoded; null when absent.</summary>
    private static string? Attribute(ReadOnlySpan<char> attributes, string name)
    {
        var at = 0;
        while (at < attributes.Length)
        {
            var found = attributes[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            var rest = attributes[(at + found + name.Length)..].TrimStart();
            if (rest.Length > 0 && rest[0] == '=')
            {
                rest = rest[1..].TrimStart();
                if (rest.Length > 0 && rest[0] == '"' && rest[1..].IndexOf('"') is var end and >= 0)
                {
                    return Decode(rest.Slice(1, end));
                }
            }

            at += found + 1;
        }

        return null;
    }

    /// <summary>Character references decoded; most values have none and are copied once.</summary>
    private static string Decode(ReadOnlySpan<char> value) =>
        value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();
}
