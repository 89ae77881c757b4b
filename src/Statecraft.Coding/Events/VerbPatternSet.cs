using System.Collections.Frozen;

namespace Statecraft.Coding.Events;

/// <summary>
/// Verb patterns indexed by every form of their first word. Built by <see cref="VerbPatternSetBuilder"/>,
/// immutable and safe to share between threads.
/// </summary>
public sealed class VerbPatternSet
{
    private readonly FrozenDictionary<string, VerbPattern[]> _byFirstWord;

    internal VerbPatternSet(FrozenDictionary<string, VerbPattern[]> byFirstWord, int count, IReadOnlyList<VerbTransformation> transformations)
    {
        _byFirstWord = byFirstWord;
        Count = count;
        Transformations = transformations;
    }

    /// <summary>The PETRARCH transformation rules loaded, in dictionary order; only the parity mode applies them.</summary>
    internal IReadOnlyList<VerbTransformation> Transformations { get; }

    /// <summary>How many patterns the set holds.</summary>
    public int Count { get; }

    /// <summary>The patterns whose first word has the form <paramref name="norm"/>, longest first.</summary>
    public IReadOnlyList<VerbPattern> StartingWith(string norm) =>
        _byFirstWord.TryGetValue(norm, out var patterns) ? patterns : [];
}
