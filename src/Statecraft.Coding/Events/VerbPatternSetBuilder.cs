using System.Collections.Frozen;
using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Ontology;
using Statecraft.Coding.Resources;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Events;

/// <summary>
/// Compiles verb patterns written in the project's pattern language (docs/coding-rules.md, "Patterns"):
/// words match any inflection (<c>=word</c> matches exactly), <c>a|b</c> gives alternatives, <c>*</c> skips up to
/// four tokens, <c>+</c> is the target slot, <c>$</c> a source slot ("protests from $"), a final <c>~</c> makes the event one among the source's members.
/// </summary>
public sealed class VerbPatternSetBuilder
{
    private readonly Dictionary<string, List<VerbPattern>> _index = new(StringComparer.Ordinal);
    private readonly List<VerbTransformation> _transformations = [];
    private int _count;

    /// <summary>Adds a PETRARCH transformation rule, kept in the order added (the first that applies wins).</summary>
    internal void AddTransformation(VerbTransformation transformation) => _transformations.Add(transformation);

    /// <summary>Adds one pattern; returns an error message instead when the code or the pattern is malformed.</summary>
    public string? TryAdd(string code, string pattern) => TryAdd(code, pattern, false, PatternScope.All);

    /// <summary>
    /// As <see cref="TryAdd(string, string)"/>; <paramref name="reversed"/> marks a pattern whose code has the subject as its
    /// target (<see cref="VerbPattern.Reversed"/>) and <paramref name="scope"/> says which modes read it.
    /// </summary>
    internal string? TryAdd(string code, string pattern, bool reversed, PatternScope scope)
    {
        if (!CameoOntology.IsCode(code))
        {
            return $"'{code}' is not a CAMEO event code (codes are strings such as \"042\")";
        }

        var elements = new List<PatternElement>();
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var amongSource = parts.Count > 0 && parts[^1] == "~";
        if (amongSource)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        foreach (var part in parts)
        {
            elements.Add(part switch
            {
                "*" => PatternElement.Gap,
                "+" => PatternElement.TargetSlot,
                "$" => PatternElement.SourceSlot,
                _ => new PatternElement(PatternElementKind.Word, Forms(part)),
            });
        }

        if (elements.Count == 0 || elements[0].Kind != PatternElementKind.Word)
        {
            return $"pattern '{pattern}' must start with a word";
        }

        if (elements.Count(e => e.Kind is PatternElementKind.Target or PatternElementKind.Source) > 1)
        {
            return $"pattern '{pattern}' has more than one slot ('+' or '$')";
        }

        if (amongSource && elements.Any(e => e.Kind == PatternElementKind.Target))
        {
            return $"pattern '{pattern}' cannot have both a target slot '+' and '~'";
        }

        var compiled = new VerbPattern(code, pattern, elements) { AmongSource = amongSource, Reversed = reversed, Scope = scope };
        foreach (var form in elements[0].Forms!)
        {
            if (!_index.TryGetValue(form, out var list))
            {
                _index[form] = list = [];
            }

            list.Add(compiled);
        }

        _count++;
        return null;
    }

    /// <summary>Adds the rows of a <c>code, pattern</c> table, collecting malformed rows in <paramref name="errors"/>.</summary>
    public VerbPatternSetBuilder AddTable(IEnumerable<TableRow> rows, string file, List<InputError> errors)
    {
        foreach (var row in rows)
        {
            var problem = TryAdd(row.Fields[0].Trim(), row.Fields[1].Trim());
            if (problem is not null)
            {
                errors.Add(new InputError(file, row.Line, 0, "pattern", problem));
            }
        }

        return this;
    }

    /// <summary>Adds the built-in patterns (<c>data/coding/verbs.tsv</c>).</summary>
    public VerbPatternSetBuilder AddBuiltIn()
    {
        var errors = new List<InputError>();
        AddTable(EmbeddedTable.Rows("verbs.tsv"), "verbs.tsv", errors);
        return errors.Count == 0 ? this : throw new InvalidInputException(errors);
    }

    public VerbPatternSet Build() => new(
        _index.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(v => v.Weight).ToArray(), StringComparer.Ordinal),
        _count,
        [.. _transformations]);

    private static FrozenSet<string> Forms(string part)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in part.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alternative.StartsWith('='))
            {
                forms.Add(TextFolding.Fold(alternative.AsSpan(1)));
            }
            else
            {
                forms.UnionWith(Inflector.Forms(TextFolding.Fold(alternative)));
            }
        }

        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}
