using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Events;
using Statecraft.Coding.Ontology;

namespace Statecraft.Coding.Petrarch;

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt): <c>&amp;SYNSET</c> blocks of <c>+WORD</c> lines, verb blocks
/// <c>--- NAME [code] ---</c> with verb lines and pattern lines <c>- pre * post [code] # comment</c>, and turns each
/// pattern into the project's pattern language (docs/coding-rules.md, "PETRARCH dictionaries"): the verb's forms
/// first, then a gap, then the post-verb words, <c>+</c> kept as the target slot. Paired codes <c>[042:043]</c>
/// keep the active one. Unknown codes are reported; patterns with a target before the verb are counted as
/// unsupported. Transformation lines (<c>~</c>) are kept as <see cref="VerbTransformation"/>s for the parity mode.
/// A block's verbs are read twice (docs/coding-rules.md §9, T13): for the text coder, the block's code goes to its
/// verbs only when the block has no patterns (without a parse a bare verb over-codes); for the parity mode, as
/// PETRARCH2's dictionary format documents, every verb takes its own <c>[code]</c> or else the block's, patterns or not,
/// and a pattern's code applies only when the pattern matches.
/// </summary>
internal static class PetrarchVerbReader
{
    public static DictionaryLoadReport Load(TextReader reader, string file, VerbPatternSetBuilder builder)
    {
        var state = new State(file, builder);
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            state.Line(PetrarchText.StripComment(raw).TrimEnd(), number);
        }

        state.EndBlock();
        return new DictionaryLoadReport(file, $"PETRARCH verbs ({state.Unsupported} patterns of unsupported shape skipped)", state.Patterns, state.Errors);
    }

    private sealed class State(string file, VerbPatternSetBuilder builder)
    {
        private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
        private readonly List<string> _verbs = [];
        private readonly List<VerbLine> _verbLines = [];
        private List<string>? _synset;
        private string? _blockCode;
        private bool _blockReversed;
        private bool _blockHasPatterns;
        private int _blockLine;

        public List<InputError> Errors { get; } = [];

        public int Patterns { get; private set; }

        public int Unsupported { get; private set; }

        public void Line(string line, int number)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                _synset = null;
                return;
            }

            if (trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                EndBlock();
                _blockCode = CodeIn(trimmed);
                _blockReversed = IsPassiveOnly(trimmed);
                _blockLine = number;
                return;
            }

            if (trimmed.StartsWith('&'))
            {
                _synsets[trimmed.TrimEnd('_')] = _synset = [];
                return;
            }

            if (trimmed.StartsWith('+') && _synset is not null)
            {
                var word = trimmed[1..].Trim();
                if (!word.Contains('_', StringComparison.Ordinal) || word.EndsWith('_'))
                {
                    _synset.Add(word.TrimEnd('_').ToLowerInvariant());
                }

                return;
            }

            Statement(trimmed, number);
        }

        private void Statement(string trimmed, int number)
        {
            if (trimmed.StartsWith('~'))
            {
                if (VerbTransformation.TryParse(trimmed) is { } transformation)
                {
                    builder.AddTransformation(transformation);
                    Patterns++;
                }
                else
                {
                    Unsupported++;
                }
            }
            else if (trimmed.StartsWith('-'))
            {
                _blockHasPatterns = true;
                Pattern(trimmed[1..].Trim(), number);
            }
            else if (_blockCode is not null || _blockLine > 0)
            {
                // "RELEASE [084]": a verb's own code, for the verb alone; "[---]" gives it none.
                var open = trimmed.IndexOf('[', StringComparison.Ordinal);
                var verb = open < 0 ? trimmed : trimmed[..open];
                var forms = VerbForms(verb).ToList();
                _verbs.AddRange(forms);
                _verbLines.Add(new VerbLine(forms, open >= 0, open >= 0 ? CodeIn(trimmed[open..]) : null, open >= 0 && IsPassiveOnly(trimmed[open..]),
                    IsMultiWord(verb), number));
            }
        }

        public void EndBlock()
        {
            if (_verbs.Count > 0 && !_blockHasPatterns && _blockCode is not null)
            {
                Add(_blockCode, VerbAlternatives(), _blockLine, scope: PatternScope.Text);
            }

            // The parity mode's reading: each verb with its own code or the block's. A phrasal verb ("+SET_FREE") is
            // left out, as its forms keep only the first word and a bare "set" would take the block's code.
            foreach (var group in _verbLines.Where(v => !v.MultiWord)
                .GroupBy(v => v.HasOwnCode ? (v.Code, v.Reversed) : (_blockCode, _blockReversed)))
            {
                if (group.Key.Item1 is { } code)
                {
                    Add(code, string.Join('|', group.SelectMany(v => v.Forms).Distinct(StringComparer.Ordinal)), group.First().Line,
                        group.Key.Item2, PatternScope.Parity);
                }
            }

            _verbs.Clear();
            _verbLines.Clear();
            _blockHasPatterns = false;
            _blockCode = null;
        }

        private void Pattern(string body, int number)
        {
            var open = body.LastIndexOf('[');
            var code = open >= 0 ? CodeIn(body[open..]) : null;
            var reversed = open >= 0 && body[(open + 1)..].TrimStart().StartsWith(':');
            if (code is null || _verbs.Count == 0)
            {
                if (open < 0 || !body[open..].Contains("---", StringComparison.Ordinal))
                {
                    Errors.Add(new InputError(file, number, 0, string.Empty, $"pattern '- {body}' has no [CODE] or no verb above it"));
                }

                return;
            }

            var elements = body[..open].Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
                .Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(e => e != "$").ToList();
            var star = elements.IndexOf("*");
            if (star < 0 || elements.Take(star).Contains("+"))
            {
                Unsupported++;
                return;
            }

            var pre = elements.Take(star).Select(Word).ToList();
            var post = elements.Skip(star + 1).Select(e => e == "+" ? "+" : Word(e)).ToList();
            var text = string.Join(' ', pre.Count > 0 ? [.. pre, "*"] : Array.Empty<string>())
                + (pre.Count > 0 ? " " : string.Empty) + VerbAlternatives() + (post.Count > 0 ? " * " + string.Join(' ', post) : string.Empty);
            Add(code, text, number, reversed);
        }

        private void Add(string code, string text, int number, bool reversed = false, PatternScope scope = PatternScope.All)
        {
            if (!CameoOntology.IsCode(code))
            {
                Errors.Add(new InputError(file, number, 0, string.Empty, $"'{code}' is not a CAMEO event code"));
                return;
            }

            var problem = builder.TryAdd(code, text, reversed, scope);
            if (problem is null)
            {
                Patterns++;
            }
            else
            {
                Unsupported++;
            }
        }

        /// <summary>A pattern word: a synset becomes its single-word members; phrases with underscores become words.</summary>
        private string Word(string element)
        {
            if (element.StartsWith('&'))
            {
                return _synsets.TryGetValue(element.TrimEnd('_'), out var members) && members.Count > 0 ? string.Join('|', members) : "=" + element.ToLowerInvariant();
            }

            return string.Join(' ', element.Split('_', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        }

        private string VerbAlternatives() => string.Join('|', _verbs.Distinct(StringComparer.Ordinal));

        /// <summary>The forms of a verb line: <c>HURRY {HURRIES HURRYING HURRIED}</c>; multi-word verbs keep their first word.</summary>
        private static IEnumerable<string> VerbForms(string line)
        {
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var head = (brace < 0 ? line : line[..brace]).Trim().Replace("+", string.Empty, StringComparison.Ordinal);
            var words = head.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                yield break;
            }

            yield return words[0].ToLowerInvariant();
            if (brace >= 0)
            {
                foreach (var form in line[(brace + 1)..].TrimEnd('}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return "=" + form.Split('_')[0].ToLowerInvariant();
                }
            }
        }

        /// <summary>Whether a <c>[...]</c> gives only the passive half of a code pair (<c>[:173]</c>).</summary>
        private static bool IsPassiveOnly(string text)
        {
            var open = text.IndexOf('[', StringComparison.Ordinal);
            return open >= 0 && text[(open + 1)..].TrimStart().StartsWith(':');
        }

        /// <summary>Whether a verb line names a phrase ("+SET_FREE", "CLEAR_UP") rather than one verb.</summary>
        private static bool IsMultiWord(string line)
        {
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var head = (brace < 0 ? line : line[..brace]).Trim().Replace("+", string.Empty, StringComparison.Ordinal);
            return head.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries).Length > 1;
        }

        private static string? CodeIn(string text)
        {
            var open = text.IndexOf('[', StringComparison.Ordinal);
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                return null;
            }

            // "[042:043]" pairs the active and the passive code; "[:173]" gives only the passive one.
            var pair = text[(open + 1)..close].Trim().Split(':');
            var code = pair[0].Length > 0 || pair.Length == 1 ? pair[0] : pair[1];
            return code.Length == 0 || code.Contains('-', StringComparison.Ordinal) ? null : code;
        }

        /// <summary>A verb line of a block: its forms, its own code if it gives one, and where it was read.</summary>
        private sealed record VerbLine(List<string> Forms, bool HasOwnCode, string? Code, bool Reversed, bool MultiWord, int Line);
    }
}
