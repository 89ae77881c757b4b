using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Dates;

/// <summary>
/// The date a narrative has reached: each date expression, in reading order, is resolved against the last date
/// the text set (docs/coding-rules.md, "Dates"). Not thread-safe: one clock per document.
/// </summary>
internal sealed class NarrativeClock
{
    private DateOnly _anchor;

    /// <summary>The last date the narrative set, or null before the first one.</summary>
    public PartialDate? Current { get; private set; }

    /// <summary>The clock's state, to go back to after an anecdote (rule D8).</summary>
    public (PartialDate? Current, DateOnly Anchor) Save() => (Current, _anchor);

    /// <summary>Goes back to a state given by <see cref="Save"/>.</summary>
    public void Restore((PartialDate? Current, DateOnly Anchor) state) => (Current, _anchor) = state;

    /// <summary>Resolves <paramref name="expression"/>, moves the clock to it, and returns it; null when it cannot be resolved.</summary>
    public PartialDate? Resolve(DateExpression expression)
    {
        var resolved = expression.Kind switch
        {
            DateExpressionKind.Absolute => Set(expression.Date!.Value, expression.AnchorDay),
            DateExpressionKind.YearLess => YearLess(expression),
            DateExpressionKind.Relative => Relative(expression),
            _ => Current,
        };
        return resolved;
    }

    private PartialDate Set(PartialDate date, int anchorDay)
    {
        Current = date;
        _anchor = date.Precision switch
        {
            DatePrecision.Day => date.Start,
            DatePrecision.Month => new DateOnly(date.Year, date.Month!.Value, Math.Min(anchorDay, DateTime.DaysInMonth(date.Year, date.Month.Value))),
            _ => new DateOnly(date.Year, 7, 1),
        };
        return date;
    }

    /// <summary>"late September", "on March 11": the year of the narrative's last date.</summary>
    private PartialDate? YearLess(DateExpression expression)
    {
        if (Current is not { } current)
        {
            return null;
        }

        var day = expression.Day is { } d && d <= DateTime.DaysInMonth(current.Year, expression.Month) ? d : (int?)null;
        return Set(new PartialDate(current.Year, expression.Month, day), expression.AnchorDay);
    }

    /// <summary>"one week later": the anchor moved by the offset, at the coarser of the unit's and the base's precision.</summary>
    private PartialDate? Relative(DateExpression expression)
    {
        if (Current is not { } current)
        {
            return null;
        }

        var moved = expression.Offset.ApplyTo(_anchor);
        var precision = (DatePrecision)Math.Max((int)expression.Precision, (int)current.Precision);
        var date = precision switch
        {
            DatePrecision.Day => PartialDate.FromDate(moved),
            DatePrecision.Month => new PartialDate(moved.Year, moved.Month),
            _ => new PartialDate(moved.Year),
        };
        Current = date;
        _anchor = moved;
        return date;
    }
}
