using Statecraft.Cases.Diagnostics;

namespace Statecraft.Coding.Petrarch;

/// <summary>Readers of the PETRARCH discard list and issue-coding file.</summary>
internal static class PetrarchListReaders
{
    /// <summary>Discards: one phrase a line; <c>+PHRASE</c> discards the story, a plain phrase the sentence.</summary>
    public static (List<(string Phrase, bool Story)> Phrases, DictionaryLoadReport Report) Discards(TextReader reader, string file)
    {
        var phrases = new List<(string, bool)>();
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            var line = PetrarchText.StripComment(raw).Trim();
            if (line.Length > 0)
            {
                var story = line.StartsWith('+');
                phrases.Add((PetrarchText.Phrase(story ? line[1..] : line), story));
            }
        }

        return (phrases, new DictionaryLoadReport(file, "PETRARCH discards", phrases.Count, []));
    }

    /// <summary>Issues: <c>&lt;ISSUE CATEGORY=...&gt;</c> blocks of <c>n:noun [CODE]</c> or <c>phrase [CODE]</c>; <c>~phrase</c> lines are exclusions and are skipped.</summary>
    public static (List<(string Phrase, string Tag)> Keywords, DictionaryLoadReport Report) Issues(TextReader reader, string file)
    {
        var keywords = new List<(string, string)>();
        var errors = new List<InputError>();
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            var line = PetrarchText.StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith('<') || line.StartsWith('~'))
            {
                continue;
            }

            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (open <= 0 || close < open)
            {
                errors.Add(new InputError(file, number, 0, string.Empty, $"issue line '{line}' is not 'phrase [CODE]'"));
                continue;
            }

            var phrase = line[..open].Replace("n:", string.Empty, StringComparison.Ordinal).Replace("v:", string.Empty, StringComparison.Ordinal).Replace('+', ' ');
            keywords.Add((PetrarchText.Phrase(phrase), line[(open + 1)..close].Trim().ToLowerInvariant()));
        }

        return (keywords, new DictionaryLoadReport(file, "PETRARCH issues", keywords.Count, errors));
    }
}
