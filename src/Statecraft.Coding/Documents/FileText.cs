using System.Text;

namespace Statecraft.Coding.Documents;

/// <summary>
/// Reads a whole file as strict UTF-8 text, refusing binary files, invalid UTF-8, empty files and files over
/// <see cref="MaxBytes"/> with a message that says which.
/// </summary>
internal static class FileText
{
    /// <summary>Whole-file formats (text, Markdown, HTML, XML) are read up to this size; use JSONL for more.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public static string? TryRead(string path, out string? problem)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problem = Directory.Exists(path) ? "is a directory, not a file" : "file not found";
            return null;
        }

        if (info.Length > MaxBytes)
        {
            problem = $"file is larger than {MaxBytes / (1024 * 1024)} MB; split it or give it as JSONL records";
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return TryDecode(bytes, out problem);
    }

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8 (a BOM is dropped).</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        if (LooksBinary(bytes))
        {
            problem = "binary file (NUL bytes found); give UTF-8 text, Markdown, HTML, JSONL or PETRARCH XML";
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"not valid UTF-8 text (bad byte near offset {ex.Index}); convert the file to UTF-8";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "empty file: no text to code";
            return null;
        }

        problem = null;
        return text;
    }

    /// <summary>A NUL byte in the first 8 KiB marks a binary file (the rule git and grep use).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);
}
