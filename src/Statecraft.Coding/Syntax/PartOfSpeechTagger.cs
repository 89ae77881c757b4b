using System.Buffers;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Syntax;

/// <summary>
/// Gives each token of a sentence a Penn Treebank part-of-speech tag, from the closed word classes
/// (<see cref="WordClasses"/>), the verbs of the loaded verb dictionaries and the word's spelling, with the
/// left context deciding between a noun and a verb ("the attack" against "Israel attacked"). It is built for what
/// the clause rules need (docs/coding-rules.md §10): which words head a verb group, which form noun phrases; it does
/// not tell adjectives from nouns or proper from common nouns beyond capitals.
/// </summary>
/// <param name="isVerb">Whether a folded word is a form of a verb the dictionaries know.</param>
internal sealed class PartOfSpeechTagger(Func<string, bool> isVerb)
{
    /// <summary>The tags of <paramref name="tokens"/>; a token marked in <paramref name="names"/> is a proper noun.</summary>
    public string[] Tag(IReadOnlyList<Token> tokens, bool[]? names = null)
    {
        var tags = new string[tokens.Count];
        var clause = new ClauseState();
        for (var i = 0; i < tokens.Count; i++)
        {
            tags[i] = names is not null && names[i] && tokens[i].IsWord && WordClasses.TagOf(tokens[i].Norm) is not ("CC" or "IN") ? "NNP" : TagOf(tokens, tags, i, clause);
            clause.Update(tags[i], tokens[i].Norm);
        }

        return tags;
    }

    private string TagOf(IReadOnlyList<Token> tokens, string[] tags, int i, ClauseState clause)
    {
        var token = tokens[i];
        var norm = token.Norm;
        var previous = i > 0 ? tags[i - 1] : null;
        if (norm is "'" or "’" && previous is "NNS" or "NNP" && i + 1 < tokens.Count && tokens[i + 1].IsWord)
        {
            // "the Workers' Party": the apostrophe of a plural possessive.
            return "POS";
        }

        if (token.IsPunctuation)
        {
            return norm switch
            {
                "," => ",",
                "." or "!" or "?" => ".",
                "(" or "[" or "{" => "-LRB-",
                ")" or "]" or "}" => "-RRB-",
                "\"" or "'" or "`" or "“" or "”" or "‘" or "’" or "«" or "»" => "``",
                _ => ":",
            };
        }

        if ((token.Shape & TokenShape.Number) != 0)
        {
            return "CD";
        }

        if (norm == "'s")
        {
            return previous == "PRP" ? "VBZ" : "POS";
        }

        if (Auxiliary(norm) is { } auxiliary)
        {
            return auxiliary;
        }

        if (ClosedClass(tokens, tags, i, norm) is { } closed)
        {
            return closed;
        }

        var candidate = isVerb(norm)
            || (!token.IsCapitalized && norm.Length >= 5 && norm.EndsWith("ed", StringComparison.Ordinal) && !WordClasses.NotVerbsInEd.Contains(norm));
        if (candidate && (i == 0 || !token.IsCapitalized))
        {
            if (VerbTag(tokens, tags, i, clause) is { } verb)
            {
                return verb;
            }
        }

        if (token.IsCapitalized && i > 0)
        {
            return "NNP";
        }

        if (norm.EndsWith("ly", StringComparison.Ordinal) && norm.Length > 4)
        {
            return "RB";
        }

        if (IsGerundForm(norm) && (previous is "IN" || IsBe(tokens, tags, i)) && !WordClasses.IngAdjectives.Contains(norm))
        {
            return "VBG";
        }

        return token.IsCapitalized ? "NNP" : norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal) ? "NNS" : "NN";
    }

    /// <summary>The forms of be, have and do, tagged as verbs; the clause rules read them as auxiliaries by their words.</summary>
    private static string? Auxiliary(string norm) => norm switch
    {
        "is" or "has" or "does" or "isn't" or "hasn't" or "doesn't" => "VBZ",
        "are" or "am" or "have" or "do" or "aren't" or "haven't" or "don't" => "VBP",
        "was" or "were" or "had" or "did" or "wasn't" or "weren't" or "hadn't" or "didn't" => "VBD",
        "be" => "VB",
        "been" => "VBN",
        "being" or "having" => "VBG",
        "won't" or "wouldn't" or "can't" or "cannot" or "couldn't" or "shouldn't" or "mustn't" or "mightn't" => "MD",
        _ => null,
    };

    private string? ClosedClass(IReadOnlyList<Token> tokens, string[] tags, int i, string norm)
    {
        var tag = WordClasses.TagOf(norm);
        var previous = i > 0 ? tags[i - 1] : null;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        switch (norm)
        {
            case "that":
                // "the attack that killed", a relative; "said that", a complement; "that attack", a determiner.
                if (previous is "NN" or "NNS" or "NNP" && i + 1 < tokens.Count && (isVerb(next.Norm) || WordClasses.TagOf(next.Norm) == "MD"))
                {
                    return "WDT";
                }

                return previous is not null && (previous.StartsWith("VB", StringComparison.Ordinal) || previous == ",") ? "IN"
                    : i + 1 < tokens.Count && next.IsWord && WordClasses.TagOf(next.Norm) is null ? "DT" : "IN";
            case "there":
                return i + 1 < tokens.Count && (WordClasses.Be.Contains(next.Norm) || WordClasses.TagOf(next.Norm) == "MD") ? "EX" : "RB";
            case "her":
                return i + 1 < tokens.Count && next.IsWord && WordClasses.TagOf(next.Norm) is null ? "PRP$" : "PRP";
            case "up" or "out" or "off" or "down" when previous is not null && previous.StartsWith("VB", StringComparison.Ordinal):
                return "RP";
            case "one":
                return "CD";
        }

        return tag;
    }

    /// <summary>The verb tag of a word the dictionaries know as a verb, or null when its context makes it a noun.</summary>
    private string? VerbTag(IReadOnlyList<Token> tokens, string[] tags, int i, ClauseState clause)
    {
        var norm = tokens[i].Norm;
        var pastForm = norm.EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(norm);
        var participle = pastForm || norm.EndsWith("en", StringComparison.Ordinal);
        if (WordClasses.IngAdjectives.Contains(norm) && !IsBe(tokens, tags, i))
        {
            // "neighboring Lebanon", "the ruling party", "Jordan's visiting King".
            return null;
        }

        var gerund = IsGerundForm(norm);
        var before = PreviousIgnoringAdverbs(tags, i);
        var previous = i > 0 ? tags[i - 1] : null;
        if (previous is "DT" or "PRP$" or "POS" or "CD" or "JJ" or "WP$")
        {
            return null;
        }

        if (before >= 0 && (tags[before] is "TO" or "MD" || WordClasses.Do.Contains(tokens[before].Norm)))
        {
            return gerund ? null : "VB";
        }

        if (before >= 0 && WordClasses.Be.Contains(tokens[before].Norm))
        {
            return gerund ? "VBG" : participle ? "VBN" : null;
        }

        if (before >= 0 && WordClasses.Have.Contains(tokens[before].Norm))
        {
            return participle ? "VBN" : null;
        }

        if (previous is "IN")
        {
            return gerund ? "VBG" : null;
        }

        if (gerund)
        {
            // "a landmark hearing": an -ing word after a noun in a verb's object is a noun; after a verb it is the
            // verb's complement ("continued shelling the town").
            return clause.VerbSeen && previous is "NN" or "NNS" or "NNP" or "CD" ? null : "VBG";
        }

        if (previous is not null && previous.StartsWith("VB", StringComparison.Ordinal))
        {
            // "held talks", "expressed support": a verb form straight after a verb is its object.
            return null;
        }

        if (clause.VerbSeen && !clause.AfterReporting && previous != "CC")
        {
            // "promised to continue military aid", "lodged an official protest": after a verb, a clause of its own
            // needs a "that", a comma or a conjunction before it, except after verbs of saying ("said Israel attacked").
            return null;
        }

        if (previous is "NN" && !pastForm && !norm.EndsWith('s') || previous is "NNS" && norm.EndsWith('s') && !pastForm)
        {
            // "the umbrella union", "soldiers attacks": a singular noun takes "attacks", a plural "attack"; the form that
            // does not agree with the noun before it continues that noun.
            return null;
        }

        if (!clause.HasSubject)
        {
            // "Armed men attacked", "Protests erupted": a sentence does not open with its verb; after a comma with no
            // subject since ("..., ended"), a past form still heads the clause its subject began before.
            return clause.AtSentenceStart || !pastForm ? null : "VBD";
        }

        if (!pastForm && FiniteVerbAhead(tokens, i))
        {
            // "peace talks resumed", "Hezbollah guerrillas killed", "border clashes will": the verb is further on, and
            // this word belongs to its subject.
            return null;
        }

        if (previous == "CC" && clause.LastVerbWasPast && !pastForm)
        {
            // "confiscated weapons and explosives": conjoined verbs share their tense.
            return null;
        }

        return pastForm ? (i + 1 < tokens.Count && tokens[i + 1].Norm == "by" ? "VBN" : "VBD") : norm.EndsWith('s') ? "VBZ" : "VBP";
    }

    /// <summary>
    /// Whether a finite verb form beyond doubt (a modal, an auxiliary, a past form) follows <paramref name="i"/> after
    /// at most two nouns that are not verb forms themselves.
    /// </summary>
    private bool FiniteVerbAhead(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            var next = tokens[j].Norm;
            if (WordClasses.TagOf(next) == "MD" || Auxiliary(next) is "VBZ" or "VBP" or "VBD")
            {
                return true;
            }

            if (isVerb(next) && !tokens[j].IsCapitalized)
            {
                return next.EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(next);
            }

            if (!tokens[j].IsWord || WordClasses.TagOf(next) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An -ing form with a vowel before the ending ("going", "using"); "bring", "king", "spring" are not.</summary>
    private static bool IsGerundForm(string norm) =>
        norm.EndsWith("ing", StringComparison.Ordinal) && norm.AsSpan(0, norm.Length - 3).IndexOfAny(Vowels) >= 0;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    /// <summary>The index of the nearest earlier token that is not an adverb, or -1.</summary>
    private static int PreviousIgnoringAdverbs(string[] tags, int i)
    {
        var j = i - 1;
        while (j >= 0 && tags[j] == "RB")
        {
            j--;
        }

        return j;
    }

    private static bool IsBe(IReadOnlyList<Token> tokens, string[] tags, int i) =>
        PreviousIgnoringAdverbs(tags, i) is var j and >= 0 && WordClasses.Be.Contains(tokens[j].Norm);

    /// <summary>What the tagger has seen since the clause began: a subject-like word, and whether it is the sentence's first clause.</summary>
    private sealed class ClauseState
    {
        public bool HasSubject { get; private set; }

        public bool AtSentenceStart { get; private set; } = true;

        /// <summary>Whether a verb (finite or not) has been seen since the clause began.</summary>
        public bool VerbSeen { get; private set; }

        /// <summary>Whether the last verb seen reports speech or thought, after which a clause may follow with no "that".</summary>
        public bool AfterReporting { get; private set; }

        /// <summary>Whether the last verb seen is a past tense or participle.</summary>
        public bool LastVerbWasPast { get; private set; }

        public void Update(string tag, string norm)
        {
            if (tag is "," or ":" or "WDT" or "WP" || (tag == "IN" && (norm == "that" || WordClasses.Subordinators.Contains(norm))))
            {
                HasSubject = false;
                AtSentenceStart = false;
                VerbSeen = false;
                AfterReporting = false;
            }
            else if (tag is "NN" or "NNS" or "NNP" or "PRP" or "CD" or "EX")
            {
                HasSubject = true;
            }
            else if (tag.StartsWith("VB", StringComparison.Ordinal) && !WordClasses.Be.Contains(norm) && !WordClasses.Have.Contains(norm) && !WordClasses.Do.Contains(norm))
            {
                VerbSeen = true;
                AfterReporting = WordClasses.Reporting.Contains(norm);
                LastVerbWasPast = tag is "VBD" or "VBN";
            }
        }
    }
}
