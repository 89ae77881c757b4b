using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Output;

/// <summary>
/// Writes coded events in the output contract: fields <see cref="Fields"/>, in that order, with those names.
/// Scripts outside the project read them, so names and order only ever grow at the end.
/// </summary>
public sealed class EventWriter(TextWriter writer, EventFormat format)
{
    /// <summary>The contract's field names, in output order.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "doc", "sentence", "date", "date_precision", "source", "source_country", "target", "target_country",
        "cameo", "quad", "goldstein", "plover", "issues", "negated", "text",
    ];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private bool _headerWritten;

    /// <summary>Writes one event (and the header first, for CSV and TSV).</summary>
    public void Write(CodedEvent coded)
    {
        if (format == EventFormat.Jsonl)
        {
            WriteJson(coded);
            return;
        }

        var separator = format == EventFormat.Csv ? "," : "\t";
        if (!_headerWritten)
        {
            writer.Write(string.Join(separator, Fields));
            writer.Write('\n');
            _headerWritten = true;
        }

        writer.Write(string.Join(separator, Values(coded).Select(v => format == EventFormat.Csv ? Csv(v) : Tsv(v))));
        writer.Write('\n');
    }

    /// <summary>Writes the header alone (CSV and TSV), for runs that produce no event.</summary>
    public void WriteHeaderIfNone()
    {
        if (format != EventFormat.Jsonl && !_headerWritten)
        {
            writer.Write(string.Join(format == EventFormat.Csv ? "," : "\t", Fields));
            writer.Write('\n');
            _headerWritten = true;
        }
    }

    private void WriteJson(CodedEvent e)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("doc", e.Doc);
            json.WriteNumber("sentence", e.Sentence);
            WriteNullable(json, "date", e.DateText);
            json.WriteString("date_precision", e.PrecisionText);
            json.WriteString("source", e.Source);
            WriteNullable(json, "source_country", e.SourceCountry);
            json.WriteString("target", e.Target);
            WriteNullable(json, "target_country", e.TargetCountry);
            json.WriteString("cameo", e.Type.Code);
            json.WriteNumber("quad", e.Type.Quad);
            json.WriteNumber("goldstein", e.Type.Goldstein);
            WriteNullable(json, "plover", e.Type.Plover);
            json.WriteStartArray("issues");
            foreach (var issue in e.Issues)
            {
                json.WriteStringValue(issue);
            }

            json.WriteEndArray();
            json.WriteBoolean("negated", e.Negated);
            json.WriteString("text", e.Text);
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string[] Values(CodedEvent e) =>
    [
        e.Doc, e.Sentence.ToString(CultureInfo.InvariantCulture), e.DateText ?? string.Empty, e.PrecisionText, e.Source,
        e.SourceCountry ?? string.Empty, e.Target, e.TargetCountry ?? string.Empty, e.Type.Code,
        e.Type.Quad.ToString(CultureInfo.InvariantCulture), e.Type.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
        e.Type.Plover ?? string.Empty, string.Join(';', e.Issues), e.Negated ? "true" : "false", e.Text,
    ];

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Tsv(string value) =>
        value.AsSpan().IndexOfAny("\t\n\r") >= 0 ? value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : value;
}
