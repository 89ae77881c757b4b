namespace Statecraft.Coding.Documents;

/// <summary>The input formats the coder reads.</summary>
public enum DocumentFormat
{
    /// <summary>Plain UTF-8 text: one document per file.</summary>
    Text,

    /// <summary>Markdown: markup removed, one document per file.</summary>
    Markdown,

    /// <summary>HTML: text extracted (scripts and styles dropped), one document per file.</summary>
    Html,

    /// <summary>JSON Lines, one record <c>{"id", "date", "text"}</c> per line, each a document.</summary>
    Jsonl,

    /// <summary>PETRARCH input XML: <c>&lt;Sentence date id&gt;&lt;Text&gt;</c>, each record a document.</summary>
    PetrarchXml,
}

/// <summary>Picks the format from a file name.</summary>
public static class DocumentFormats
{
    /// <summary>The format for <paramref name="path"/> by extension; plain text when the extension is unknown.</summary>
    public static DocumentFormat FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => DocumentFormat.Markdown,
        ".HTML" or ".HTM" or ".XHTML" => DocumentFormat.Html,
        ".JSONL" or ".NDJSON" => DocumentFormat.Jsonl,
        ".XML" => DocumentFormat.PetrarchXml,
        _ => DocumentFormat.Text,
    };
}
