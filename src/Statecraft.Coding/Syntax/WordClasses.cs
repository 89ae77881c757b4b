using System.Collections.Frozen;
using Statecraft.Coding.Events;

namespace Statecraft.Coding.Syntax;

/// <summary>
/// The closed word classes of English with their Penn Treebank tags: determiners, pronouns, prepositions,
/// conjunctions, modals, auxiliaries and the few adverbs the clause rules need. Open-class words (nouns, verbs,
/// adjectives) are not listed: verbs come from the loaded verb dictionaries, the rest from spelling and context
/// (<see cref="PartOfSpeechTagger"/>).
/// </summary>
internal static class WordClasses
{
    /// <summary>The forms of "be": an auxiliary before a participle, a copula otherwise.</summary>
    public static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["be", "is", "are", "was", "were", "been", "being", "am"], StringComparer.Ordinal);

    /// <summary>The forms of "have", an auxiliary before a past participle.</summary>
    public static readonly FrozenSet<string> Have = FrozenSet.ToFrozenSet(["have", "has", "had", "having"], StringComparer.Ordinal);

    /// <summary>The forms of "do" and the negated auxiliaries written as one word, each followed by a bare verb.</summary>
    public static readonly FrozenSet<string> Do = FrozenSet.ToFrozenSet(
        ["do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "mightn't"],
        StringComparer.Ordinal);

    /// <summary>Negated auxiliaries written as one word: the verb they govern is negated.</summary>
    public static readonly FrozenSet<string> Negated = FrozenSet.ToFrozenSet(
        ["don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "mightn't",
         "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "not", "never", "n't"], StringComparer.Ordinal);

    /// <summary>Words that open a subordinate clause: what follows is a clause of its own, not the verb's object.</summary>
    public static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["after", "before", "because", "while", "although", "though", "since", "until", "unless", "if", "whether", "as", "when", "where", "whereas", "once"],
        StringComparer.Ordinal);

    /// <summary>
    /// Past participles that do not end in -ed or -en: after "be" or "have" these are verbs ("was met", "has sought"),
    /// and alone they are past tenses ("met", "sought").
    /// </summary>
    public static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
        ["met", "held", "sent", "made", "told", "said", "hit", "shot", "struck", "fought", "caught", "brought", "bought", "sold",
         "left", "led", "kept", "found", "put", "set", "cut", "spread", "won", "lost", "done", "gone", "built", "sought", "taught",
         "thought", "bound", "fed", "fled", "hung", "laid", "lent", "meant", "paid", "read", "sat", "shut", "spent", "stood",
         "swept", "understood", "quit", "let", "hurt", "cost", "upheld", "withheld", "began", "became", "came", "gave", "took",
         "saw", "went", "knew", "threw", "drew", "grew", "flew", "rose", "fell", "broke", "chose", "spoke", "swore", "wrote",
         "drove", "stole", "froze", "arose", "forbade", "overthrew", "withdrew", "undertook", "overtook", "shook", "woke", "wore",
         "tore", "bore", "ran", "got", "heard", "felt", "dealt", "slew", "stuck", "beat", "bid", "bet", "begun", "come",
         "run", "become", "overcome"],
        StringComparer.Ordinal);

    /// <summary>
    /// Frequent verbs that code no event but head clauses news is written in ("said", "went", "called"), in all their
    /// forms, so that a clause is found even when the verb dictionaries loaded do not list its verb.
    /// </summary>
    public static readonly FrozenSet<string> CommonVerbs = new[]
    {
        "say", "tell", "add", "go", "come", "take", "make", "get", "give", "know", "think", "see", "want", "seem", "become",
        "begin", "leave", "keep", "hold", "bring", "happen", "try", "include", "continue", "remain", "arrive", "die", "live",
        "call", "ask", "use", "find", "put", "show", "move", "allow", "expect", "plan", "decide", "agree", "announce",
        "report", "state", "claim", "note", "believe", "hope", "fail", "manage", "need", "help", "work", "run", "start",
        "end", "stop", "open", "close", "return", "visit", "meet", "launch", "kill", "wound", "injure", "arrest", "fire",
        "attack", "protest", "sign", "send", "win", "lose", "lead", "face", "urge", "warn", "accuse", "deny", "reject",
        "support", "oppose", "condemn", "criticize", "praise", "welcome", "demand", "threaten", "order", "pledge", "promise",
    }.SelectMany(Inflector.Forms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of saying and thinking, after which a clause may follow without "that" ("said Israel attacked").</summary>
    public static readonly FrozenSet<string> Reporting = new[]
    {
        "say", "tell", "announce", "claim", "report", "deny", "warn", "add", "note", "insist", "argue", "confirm", "believe",
        "think", "know", "hope", "fear", "allege", "state", "declare", "admit", "charge", "suggest", "indicate", "feel",
        "expect", "learn", "acknowledge", "assert", "predict", "reveal", "estimate", "fear", "stress", "complain",
    }.SelectMany(Inflector.Forms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs whose object is the subject of the infinitive after it ("urged Y to help Z" is Y helping Z); after other
    /// verbs the infinitive is the verb's own purpose ("staged protests Saturday to demand reforms").
    /// </summary>
    public static readonly FrozenSet<string> ObjectControl = new[]
    {
        "urge", "ask", "tell", "order", "force", "persuade", "allow", "invite", "encourage", "press", "pressure", "want",
        "request", "advise", "help", "enable", "call", "permit", "require", "compel", "authorize", "authorise", "instruct",
    }.SelectMany(Inflector.Forms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words in -ing that modify nouns rather than head clauses ("neighboring Lebanon", "the ruling party").</summary>
    public static readonly FrozenSet<string> IngAdjectives = FrozenSet.ToFrozenSet(
        ["neighboring", "neighbouring", "ruling", "leading", "opposing", "visiting", "ongoing", "upcoming", "following",
         "governing", "warring", "remaining", "existing", "growing", "increasing", "rising", "surrounding", "outgoing",
         "incoming", "sitting", "founding", "emerging", "striking", "fleeing", "retreating", "advancing", "invading",
         "occupying", "peacekeeping", "fighting", "bombing", "shooting", "killing", "meeting", "building", "funding",
         "training", "spending", "dealing", "setting", "morning", "evening", "during"],
        StringComparer.Ordinal);

    /// <summary>Words in -ed that are not verbs ("five hundred rebels").</summary>
    public static readonly FrozenSet<string> NotVerbsInEd = FrozenSet.ToFrozenSet(
        ["hundred", "hundreds", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "shed", "embed"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Tags = Build();

    /// <summary>The tag of a closed-class word, or null for an open-class one.</summary>
    public static string? TagOf(string norm) => Tags.TryGetValue(norm, out var tag) ? tag : null;

    private static FrozenDictionary<string, string> Build()
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string tag, params string[] words)
        {
            foreach (var word in words)
            {
                tags[word] = tag;
            }
        }

        Add("DT", "the", "a", "an", "this", "these", "those", "each", "every", "some", "any", "no", "another", "both", "either",
            "neither", "all", "such", "several", "many", "much", "few", "more", "most", "other", "various", "numerous");
        Add("PRP", "i", "he", "she", "it", "we", "they", "you", "him", "them", "us", "me", "itself", "themselves", "himself",
            "herself", "ourselves", "one");
        Add("PRP$", "his", "its", "their", "our", "my", "your", "her");
        Add("IN", "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under", "about", "against",
            "between", "among", "amid", "amidst", "during", "through", "throughout", "across", "toward", "towards", "near",
            "without", "within", "despite", "via", "per", "upon", "along", "around", "behind", "beyond", "outside", "inside",
            "than", "like", "following", "including", "regarding", "concerning", "off", "out", "up", "down", "except", "amongst");
        foreach (var word in Subordinators)
        {
            Add("IN", word);
        }

        Add("CC", "and", "or", "but", "nor");
        Add("MD", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "'d");
        Add("TO", "to");
        Add("WDT", "which", "that", "whichever");
        Add("WP", "who", "whom", "what", "whoever");
        Add("WP$", "whose");
        Add("WRB", "how", "why", "where", "when");
        Add("RB", "not", "never", "n't", "also", "still", "already", "yet", "just", "now", "then", "again", "later", "soon",
            "very", "only", "even", "too", "so", "recently", "reportedly", "allegedly", "previously", "earlier", "here",
            "there", "ago", "meanwhile", "however", "instead", "once", "jointly", "formally", "officially");

        // Written before the subordinators above: "when" and "where" open clauses, and the tag does not change that.
        Add("IN", "when", "where", "as", "once");
        return tags.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
