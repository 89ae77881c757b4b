using Statecraft.Coding.Text;

namespace Statecraft.Coding.Actors;

/// <summary>Collects actor phrases and builds an immutable <see cref="ActorDictionary"/>.</summary>
public sealed class ActorDictionaryBuilder
{
    private readonly ActorDictionary.Node _root = new();
    private int _count;

    /// <summary>Adds a phrase. Phrases in capitals (US, PRC) match only capitals; names (every kind but agents) need a capital.</summary>
    public ActorDictionaryBuilder Add(string phrase, ActorEntry entry) => Add(phrase, entry, null);

    /// <summary>Adds a phrase; <paramref name="caseSensitive"/> overrides the capitals rule (PETRARCH files are all in capitals).</summary>
    public ActorDictionaryBuilder Add(string phrase, ActorEntry entry, bool? caseSensitive)
    {
        var tokens = Tokenizer.Tokenize(phrase.Trim());
        if (tokens.Count == 0)
        {
            return this;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node.Building ??= new Dictionary<string, ActorDictionary.Node>(StringComparer.Ordinal);
            if (!node.Building.TryGetValue(token.Norm, out var next))
            {
                next = new ActorDictionary.Node();
                node.Building[token.Norm] = next;
            }

            node = next;
        }

        node.Entries ??= [];
        var sensitive = caseSensitive ?? (tokens.Count == 1 && tokens[0].IsAllCaps && tokens[0].Norm.Length <= 5);
        var capitalized = entry.Kind != ActorEntryKind.Agent && (tokens[0].IsCapitalized || tokens[0].Shape.HasFlag(TokenShape.Number));
        Merge(node.Entries, new ActorDictionary.PhraseEntry(entry, sensitive, capitalized));
        _count++;
        return this;
    }

    /// <summary>Adds every name of a person under one entry per name; people sharing a name become candidates of one entry.</summary>
    public ActorDictionaryBuilder AddPerson(Person person, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name, new ActorEntry(ActorEntryKind.Person, new PersonReference([person]), null));
        }

        return this;
    }

    /// <summary>The dictionary; the builder must not be used afterwards.</summary>
    public ActorDictionary Build()
    {
        _root.Freeze();
        return new ActorDictionary(_root, _count);
    }

    private static void Merge(List<ActorDictionary.PhraseEntry> entries, ActorDictionary.PhraseEntry added)
    {
        var index = entries.FindIndex(e => e.Entry.Kind == added.Entry.Kind && e.CaseSensitive == added.CaseSensitive);
        if (index < 0)
        {
            entries.Add(added);
            return;
        }

        var existing = entries[index].Entry;
        if (existing.Reference is PersonReference people && added.Entry.Reference is PersonReference person)
        {
            var candidates = people.Candidates.Concat(person.Candidates).Distinct().ToList();
            entries[index] = entries[index] with { Entry = existing with { Reference = new PersonReference(candidates) } };
        }
    }
}
