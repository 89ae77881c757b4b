using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Dates;
using Statecraft.Coding.Documents;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// The ordered stage for one document: numbers its sentences, runs the narrative clock over their date
/// expressions and dates each event (docs/coding-rules.md, "Dates", rules D1-D5).
/// </summary>
internal sealed class DocumentDating(Document document)
{
    /// <summary>A later expression this close to the verb, and more precise, wins over an earlier one.</summary>
    private const int FollowingWindow = 8;

    private NarrativeClock _clock = new();
    private bool _carry;
    private (NarrativeClock Clock, bool Carry)? _main;

    public Document Document { get; } = document;

    public int NextSentence { get; set; }

    /// <summary>The last date the narrative set, even in a later section (people are coded at it, rule A3).</summary>
    public PartialDate? NarrativeDate => _clock.Current;

    /// <summary>Events waiting for the document to end (a story discard may still drop them).</summary>
    public List<CodedEvent> Pending { get; } = [];

    /// <summary>Whether a story discard phrase was met.</summary>
    public bool StoryDiscarded { get; set; }

    /// <summary>Hands over the pending events (none if the story was discarded) and clears them.</summary>
    public List<CodedEvent> Complete()
    {
        var events = StoryDiscarded ? [] : new List<CodedEvent>(Pending);
        Pending.Clear();
        return events;
    }

    /// <summary>
    /// A footnote is dated on its own clock (rule D5): it neither takes the narrative's date nor moves it.
    /// Call with false after the footnote to go back to the narrative.
    /// </summary>
    public void Footnote(bool entering)
    {
        if (entering && _main is null)
        {
            _main = (_clock, _carry);
            (_clock, _carry) = (new NarrativeClock(), false);
        }
        else if (!entering && _main is { } main)
        {
            (_clock, _carry) = main;
            _main = null;
        }
    }

    /// <summary>A heading starts a new section: undated events no longer take the narrative's last date (rule D4).</summary>
    public void NewSection() => _carry = false;

    /// <summary>
    /// Resolves the sentence's expressions in order; returns (token, date) for each that resolved. A flashback (rule
    /// D8: a past-perfect clause dated before the narrative's date) governs from its "had" on, and the clock goes back
    /// after the sentence, unless a date of the narrative follows it in the same sentence.
    /// </summary>
    public List<Resolved> Resolve(SentenceAnalysis sentence)
    {
        var resolved = new List<Resolved>();
        ((PartialDate? Current, DateOnly Anchor) Clock, bool Carry)? saved = null;
        foreach (var expression in sentence.Dates)
        {
            var flashback = expression.FlashbackFrom >= 0 && IsEarlier(expression.Date, _clock.Current);
            if (flashback)
            {
                saved ??= (_clock.Save(), _carry);
            }
            else if (expression.Kind == DateExpressionKind.Absolute)
            {
                saved = null;
            }

            if (_clock.Resolve(expression) is { } date)
            {
                resolved.Add(new Resolved(flashback ? expression.FlashbackFrom : expression.Token, date, expression.Coordinated, flashback));
                _carry = true;
            }
        }

        if (saved is { } state)
        {
            _clock.Restore(state.Clock);
            _carry = state.Carry;
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="date"/> ends before the narrative's date begins (or the narrative has none yet).</summary>
    private static bool IsEarlier(PartialDate? date, PartialDate? current) =>
        date is { } d && (current is not { } c || d.End < c.Start);

    /// <summary>
    /// The date of an event whose verb is at <paramref name="verb"/>: the last expression before the verb (a closer,
    /// more precise one just after it wins), else the section's running date, else the document date.
    /// </summary>
    public List<(PartialDate? Date, DatePrecision Precision)> DatesOf(int verb, List<Resolved> resolved)
    {
        var (date, precision, index) = DateOf(verb, resolved);
        var dates = new List<(PartialDate?, DatePrecision)> { (date, precision) };
        for (var k = index + 1; index >= 0 && k < resolved.Count && resolved[k].Coordinated; k++)
        {
            // Rule D7: "visited Russia twice – in April and September" is one event per coordinated date.
            dates.Add((resolved[k].Date, resolved[k].Date.Precision));
        }

        return dates;
    }

    private (PartialDate? Date, DatePrecision Precision, int Index) DateOf(int verb, List<Resolved> resolved)
    {
        Resolved? before = null;
        Resolved? after = null;
        int beforeIndex = -1, afterIndex = -1;
        var i = -1;
        foreach (var item in resolved)
        {
            i++;
            if (item.Token <= verb)
            {
                (before, beforeIndex) = (item, i);
            }
            else if (after is null && !item.Flashback)
            {
                // A flashback dates only its own clause, never an event of the narrative before it.
                (after, afterIndex) = (item, i);
            }
        }

        if (after is { } a && (before is null || (a.Token - verb <= FollowingWindow && a.Date.Precision < before.Value.Date.Precision)))
        {
            return (a.Date, a.Date.Precision, afterIndex);
        }

        if (before is { } b)
        {
            return (b.Date, b.Date.Precision, beforeIndex);
        }

        return _carry && _clock.Current is { } carried
            ? (carried, carried.Precision, -1)
            : (Document.Date, DatePrecision.Document, -1);
    }

    /// <summary>A resolved date expression: the token from which it governs, the date, whether it is coordinated with the one before, and whether it is a flashback.</summary>
    internal readonly record struct Resolved(int Token, PartialDate Date, bool Coordinated, bool Flashback);
}
