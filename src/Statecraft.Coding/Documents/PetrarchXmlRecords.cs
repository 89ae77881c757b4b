using System.Net;
using System.Text.RegularExpressions;

namespace Statecraft.Coding.Documents;

/// <summary>An event a PETRARCH validation record expects (<c>&lt;EventCoding sourcecode targetcode eventcode/&gt;</c>).</summary>
internal sealed record PetrarchExpectedEvent(string Source, string Target, string Code);

/// <summary>One <c>&lt;Sentence&gt;</c> record of a PETRARCH XML file: its attributes, text and expected events.</summary>
internal sealed record PetrarchRecord(string Id, string? Date, string Text, IReadOnlyList<PetrarchExpectedEvent> Expected, int Line);

/// <summary>
/// A tolerant scanner for PETRARCH XML files (input and validation suites). It does not need well-formed XML:
/// the UniversalPetrarch validation file self-closes <c>&lt;Sentence/&gt;</c> and then closes it again.
/// <c>&lt;Parse&gt;</c> blocks are ignored.
/// </summary>
internal static partial class PetrarchXmlRecords
{
    /// <summary>
    /// The records in order, in one pass: each <c>&lt;Sentence&gt;</c> tag is found after the previous one and lines are
    /// counted from there, so time is linear in the file's length (counting every record's line from the start of the
    /// file made 100,000 records take half a minute).
    /// </summary>
    public static IEnumerable<PetrarchRecord> Scan(string xml)
    {
        var current = SentenceTag().Match(xml);
        var line = 1;
        var counted = 0;
        for (var i = 0; current.Success; i++)
        {
            var next = current.NextMatch();
            var from = current.Index + current.Length;
            var to = next.Success ? next.Index : xml.Length;
            line += xml.AsSpan(counted, current.Index - counted).Count('\n');
            counted = current.Index;
            var body = xml.AsSpan(from, to - from).ToString();
            var text = TextElement().Match(body);
            if (text.Success)
            {
                var attributes = current.Groups[1].Value;
                var expected = EventCoding().Matches(body)
                    .Select(m => m.Groups[1].Value)
                    .Where(a => Attribute(a, "eventcode") is not null)
                    .Select(a => new PetrarchExpectedEvent(Attribute(a, "sourcecode") ?? string.Empty, Attribute(a, "targetcode") ?? string.Empty, Attribute(a, "eventcode")!))
                    .ToList();
                yield return new PetrarchRecord(
                    Attribute(attributes, "id") ?? $"record{i + 1}",
                    Attribute(attributes, "date"),
                    WebUtility.HtmlDecode(text.Groups[1].Value).Trim(),
                    expected,
                    line);
            }

            current = next;
        }
    }

    /// <summary>The records of a file as documents; a record with a bad date is skipped and counted.</summary>
    public static IEnumerable<Document> ReadDocuments(string xml, string file, Cases.Vocabulary.PartialDate? defaultDate, InputProblems problems)
    {
        foreach (var record in Scan(xml))
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

            yield return new Document(record.Id, record.Text, date);
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, name + @"\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"<Sentence\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceTag();

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<EventCoding\b([^>]*)/?>", RegexOptions.IgnoreCase)]
    private static partial Regex EventCoding();
}
