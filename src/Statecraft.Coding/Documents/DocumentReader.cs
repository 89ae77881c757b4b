using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Documents;

/// <summary>
/// Reads input files as a stream of documents in any supported <see cref="DocumentFormat"/>. A file that cannot
/// be read (binary, not UTF-8, empty, too large) is skipped and reported to <see cref="InputProblems"/>.
/// </summary>
public static class DocumentReader
{
    /// <summary>The documents of <paramref name="path"/>, in file order.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its format, or null to choose by extension.</param>
    /// <param name="defaultDate">The date of documents whose records give none.</param>
    /// <param name="problems">Where skipped files and records are reported.</param>
    public static IEnumerable<Document> Read(string path, DocumentFormat? format, PartialDate? defaultDate, InputProblems problems) =>
        Read(path, format, defaultDate, problems, parses: false);

    /// <summary>
    /// The records of a PETRARCH XML file, each with its <c>&lt;Parse&gt;</c> tree in <see cref="Document.Parse"/>
    /// (null for a record without one), for <see cref="Pipeline.CodingMode.Parity"/>. Other formats carry no parses:
    /// <see cref="Read(string, DocumentFormat?, PartialDate?, InputProblems)"/> reads them.
    /// </summary>
    /// <param name="path">The PETRARCH XML file.</param>
    /// <param name="defaultDate">The date of records that give none.</param>
    /// <param name="problems">Where skipped files and records are reported.</param>
    public static IEnumerable<Document> ReadWithParses(string path, PartialDate? defaultDate, InputProblems problems) =>
        Read(path, DocumentFormat.PetrarchXml, defaultDate, problems, parses: true);

    private static IEnumerable<Document> Read(string path, DocumentFormat? format, PartialDate? defaultDate, InputProblems problems, bool parses)
    {
        var chosen = format ?? DocumentFormats.FromPath(path);
        if (!File.Exists(path))
        {
            problems.SkipFile(path, Directory.Exists(path) ? "is a directory, not a file" : "file not found");
            return [];
        }

        if (chosen == DocumentFormat.Jsonl)
        {
            return ReadJsonl(path, defaultDate, problems);
        }

        var text = FileText.TryRead(path, out var problem);
        if (text is null)
        {
            problems.SkipFile(path, problem!);
            return [];
        }

        var id = Path.GetFileName(path);
        if (chosen == DocumentFormat.Html && HtmlText.Depth(text) > HtmlText.MaxDepth)
        {
            problems.SkipFile(path, $"HTML elements nested more than {HtmlText.MaxDepth:N0} deep; not a document to code (docs/limits.md)");
            return [];
        }

        if (chosen == DocumentFormat.Markdown)
        {
            try
            {
                return [new Document(id, MarkdownText.ToPlainText(text), defaultDate)];
            }
            catch (ArgumentException e)
            {
                // Markdig refuses blocks nested beyond its depth limit.
                problems.SkipFile(path, "Markdown that cannot be read: " + e.Message);
                return [];
            }
        }

        return chosen switch
        {
            DocumentFormat.Markdown => [new Document(id, MarkdownText.ToPlainText(text), defaultDate)],
            DocumentFormat.Html => [new Document(id, HtmlText.ToPlainText(text), defaultDate)],
            DocumentFormat.PetrarchXml => PetrarchXmlRecords.ReadDocuments(text, path, defaultDate, problems, parses),
            _ => [new Document(id, text, defaultDate)],
        };
    }

    private static IEnumerable<Document> ReadJsonl(string path, PartialDate? defaultDate, InputProblems problems)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(8192, stream.Length)];
        stream.ReadExactly(head);
        if (FileText.LooksBinary(head))
        {
            problems.SkipFile(path, "binary file (NUL bytes found); give UTF-8 JSON Lines");
            yield break;
        }

        if (stream.Length == 0)
        {
            problems.SkipFile(path, "empty file: no records to code");
            yield break;
        }

        stream.Position = 0;
        foreach (var document in JsonlDocuments.Read(stream, path, defaultDate, problems))
        {
            yield return document;
        }
    }
}
