using Statecraft.Coding.Text;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// Phrases that mark text as out of scope (sports, entertainment): a sentence phrase drops the sentence, a story
/// phrase drops the whole document (PETRARCH discard semantics). Immutable.
/// </summary>
public sealed class DiscardSet
{
    private readonly Dictionary<string, List<(string[] Words, bool Story)>> _byFirstWord = new(StringComparer.Ordinal);

    public static DiscardSet Empty { get; } = new([]);

    public DiscardSet(IEnumerable<(string Phrase, bool Story)> phrases)
    {
        foreach (var (phrase, story) in phrases)
        {
            var words = Tokenizer.Tokenize(phrase).Select(t => t.Norm).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words, story));
            Count++;
        }
    }

    public int Count { get; }

    /// <summary>Whether the sentence holds a discard phrase, and whether it discards the whole story.</summary>
    public (bool Sentence, bool Story) Check(IReadOnlyList<Token> tokens)
    {
        var result = (Sentence: false, Story: false);
        for (var i = 0; i < tokens.Count && _byFirstWord.Count > 0; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Norm, out var candidates))
            {
                continue;
            }

            foreach (var (words, story) in candidates)
            {
                if (i + words.Length <= tokens.Count && Enumerable.Range(1, words.Length - 1).All(k => tokens[i + k].Norm == words[k]))
                {
                    result = (true, result.Story || story);
                }
            }
        }

        return result;
    }
}
