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

    /// <summary>Resolves the sentence's expressions in order; returns (token, date) for each that resolved.</summary>
    public List<(int Token, PartialDate Date, bool Coordinated)> Resolve(SentenceAnalysis sentence)
    {
        var resolved = new List<(int, PartialDate, bool)>();
        foreach (var expression in sentence.Dates)
        {
            if (_clock.Resolve(expression) is { } date)
            {
                resolved.Add((expression.Token, date, expression.Coordinated));
                _carry = true;
            }
        }

        return resolved;
    }

    /// <summary>
    /// The date of an event whose verb is at <paramref name="verb"/>: the last expression before the verb (a closer,
    /// more precise one just after it wins), else the section's running date, else the document date.
    /// </summary>
    public List<(PartialDate? Date, DatePrecision Precision)> DatesOf(int verb, List<(int Token, PartialDate Date, bool Coordinated)> resolved)
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

    private (PartialDate? Date, DatePrecision Precision, int Index) DateOf(int verb, List<(int Token, PartialDate Date, bool Coordinated)> resolved)
    {
        (int Token, PartialDate Date, bool Coordinated)? before = null;
        (int Token, PartialDate Date, bool Coordinated)? after = null;
        int beforeIndex = -1, afterIndex = -1;
        var i = -1;
        foreach (var item in resolved)
        {
            i++;
            if (item.Token <= verb)
            {
                (before, beforeIndex) = (item, i);
            }
            else if (after is null)
            {
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
}
