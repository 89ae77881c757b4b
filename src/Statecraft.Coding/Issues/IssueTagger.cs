using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Resources;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Issues;

/// <summary>
/// Tags a sentence with issues from keywords (<c>data/coding/issues.tsv</c> or a user's table): "tariffs" -> trade,
/// "missile" -> north_korea. Keywords are folded whole words and may span several words. Immutable once built.
/// </summary>
public sealed class IssueTagger
{
    private readonly Dictionary<string, List<(string[] Words, string Tag)>> _byFirstWord;

    private IssueTagger(Dictionary<string, List<(string[] Words, string Tag)>> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>A tagger that tags nothing.</summary>
    public static IssueTagger Empty { get; } = new([]);

    /// <summary>The tagger of the built-in table.</summary>
    public static IssueTagger BuiltIn() => FromRows(EmbeddedTable.Rows("issues.tsv"), "issues.tsv", []);

    /// <summary>A tagger from <c>tag, keywords</c> rows (keywords separated by <c>|</c>); rows without a tag are reported.</summary>
    public static IssueTagger FromRows(IEnumerable<TableRow> rows, string file, List<InputError> errors, IssueTagger? basis = null)
    {
        var index = basis?._byFirstWord.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal)
            ?? new Dictionary<string, List<(string[] Words, string Tag)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var tag = row.Fields[0].Trim();
            if (tag.Length == 0)
            {
                errors.Add(new InputError(file, row.Line, 1, "tag", "an issue row needs a tag"));
                continue;
            }

            foreach (var keyword in row.Fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(index, Tokenizer.Tokenize(keyword).Select(t => t.Norm).ToArray(), tag);
            }
        }

        return new IssueTagger(index);
    }

    /// <summary>Adds a keyword (already folded words) for <paramref name="tag"/>.</summary>
    internal static void Add(Dictionary<string, List<(string[] Words, string Tag)>> index, string[] words, string tag)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(words[0], out var list))
        {
            index[words[0]] = list = [];
        }

        list.Add((words, tag));
    }

    /// <summary>A tagger with extra keywords (from a PETRARCH issues file) added to this one's.</summary>
    public IssueTagger With(IEnumerable<(string Phrase, string Tag)> keywords)
    {
        var index = _byFirstWord.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        foreach (var (phrase, tag) in keywords)
        {
            Add(index, Tokenizer.Tokenize(phrase).Select(t => t.Norm).ToArray(), tag);
        }

        return new IssueTagger(index);
    }

    /// <summary>The sorted, distinct tags of a tokenised sentence.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<Token> tokens)
    {
        SortedSet<string>? tags = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Norm, out var candidates))
            {
                continue;
            }

            foreach (var (words, tag) in candidates)
            {
                if (Matches(tokens, i, words))
                {
                    (tags ??= new SortedSet<string>(StringComparer.Ordinal)).Add(tag);
                }
            }
        }

        return tags is null ? [] : [.. tags];
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (tokens[start + k].Norm != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
