using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Actors;

/// <summary>
/// Actor phrases (states, demonyms, metonyms, people, organisations, agents) in a token trie for longest-match
/// lookup. Built once by <see cref="ActorDictionaryBuilder"/>, then immutable and safe to share between threads.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "\"Dictionary\" is the event-coding term (PETRARCH/TABARI actor dictionaries).")]
public sealed class ActorDictionary
{
    private readonly Node _root;

    internal ActorDictionary(Node root, int phraseCount)
    {
        _root = root;
        PhraseCount = phraseCount;
    }

    /// <summary>How many phrases the dictionary holds.</summary>
    public int PhraseCount { get; }

    /// <summary>
    /// The entries of the longest phrase that starts at <paramref name="start"/>, best kind first, or null.
    /// A phrase written in capitals (US, PRC) matches only capitals; proper names match only capitalised text.
    /// </summary>
    public IReadOnlyList<ActorEntry>? Match(IReadOnlyList<Token> tokens, int start, out int length)
    {
        length = 0;
        IReadOnlyList<ActorEntry>? best = null;
        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Norm, out var next))
            {
                break;
            }

            node = next;
            var entries = node.Accept(tokens[start], tokens[i]);
            if (entries is not null)
            {
                best = entries;
                length = i - start + 1;
            }
        }

        return best;
    }

    /// <summary>A trie node: children by folded token, and the entries of the phrase that ends here.</summary>
    internal sealed class Node
    {
        public FrozenDictionary<string, Node>? Children { get; set; }

        public Dictionary<string, Node>? Building { get; set; }

        public List<PhraseEntry>? Entries { get; set; }

        private ActorEntry[]? _plain;
        private ActorEntry[]? _capitalized;

        public void Freeze()
        {
            if (Building is not null)
            {
                foreach (var child in Building.Values)
                {
                    child.Freeze();
                }

                Children = Building.ToFrozenDictionary(StringComparer.Ordinal);
                Building = null;
            }

            if (Entries is not null)
            {
                _plain = [.. Entries.Where(e => !e.CaseSensitive && !e.Capitalized).Select(e => e.Entry).OrderBy(e => e.Kind)];
                _capitalized = [.. Entries.Where(e => !e.CaseSensitive).Select(e => e.Entry).OrderBy(e => e.Kind)];
            }
        }

        public IReadOnlyList<ActorEntry>? Accept(Token first, Token last)
        {
            if (Entries is null)
            {
                return null;
            }

            if (first.IsAllCaps || first.Norm.Contains('.', StringComparison.Ordinal))
            {
                var all = Entries.Where(e => !e.CaseSensitive || last.IsAllCaps || last.Norm.Contains('.', StringComparison.Ordinal))
                    .Select(e => e.Entry).OrderBy(e => e.Kind).ToArray();
                return all.Length > 0 ? all : null;
            }

            var list = first.IsCapitalized ? _capitalized : _plain;
            return list is { Length: > 0 } ? list : null;
        }
    }

    /// <summary>An entry with the letter-case conditions of its phrase.</summary>
    internal sealed record PhraseEntry(ActorEntry Entry, bool CaseSensitive, bool Capitalized);
}
