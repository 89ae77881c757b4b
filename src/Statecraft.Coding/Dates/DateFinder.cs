using System.Collections.Frozen;
using System.Globalization;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Dates;

/// <summary>
/// Finds date expressions in a tokenised sentence (docs/coding-rules.md, "Dates"): explicit dates, month-year,
/// year, part-of-month ("mid-April 2017", "at the beginning of February 2017", "late September"), seasons, offsets
/// ("one week later", "the following months") and "since then". Year ranges ("2010–2011") are terms, not dates.
/// </summary>
internal static class DateFinder
{
    private static readonly FrozenSet<string> StartWords = new[]
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "eleven", "twelve",
        "the", "since", "at", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<DateExpression> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<DateExpression>();
        var depth = 0;
        var lastEnd = -1;
        var i = 0;
        while (i < tokens.Count)
        {
            depth += tokens[i].Norm == "(" ? 1 : tokens[i].Norm == ")" && depth > 0 ? -1 : 0;
            if (!MayStartDate(tokens[i]))
            {
                i++;
                continue;
            }

            var count = found.Count;
            var next = TryRelative(tokens, i, found) ?? TrySame(tokens, i, found) ?? TryCalendar(tokens, i, found);

            // Rule D6: dates in parentheses are citations or terms, and "since 1979" opens a period; neither dates an event.
            if (found.Count > count && (depth > 0 || (i > 0 && tokens[i - 1].Norm == "since" && found[^1].Kind == DateExpressionKind.Absolute)))
            {
                found.RemoveAt(found.Count - 1);
            }
            else if (found.Count > count)
            {
                if (lastEnd >= 0 && IsCoordination(tokens, lastEnd, i))
                {
                    found[^1] = found[^1] with { Coordinated = true };
                }

                if (found[^1].Kind == DateExpressionKind.Absolute && Flashback.ClauseStart(tokens, i, Math.Max(lastEnd, 0)) is var from and >= 0)
                {
                    found[^1] = found[^1] with { FlashbackFrom = from };
                }

                lastEnd = next ?? i + 1;
            }

            i = next ?? i + 1;
        }

        return found;
    }

    /// <summary>Only "and", "or", commas and "in" between two expressions: "in April and September".</summary>
    private static bool IsCoordination(IReadOnlyList<Token> tokens, int from, int to)
    {
        var conjunction = false;
        for (var k = from; k < to; k++)
        {
            var norm = tokens[k].Norm;
            conjunction |= norm is "and" or "or";
            if (norm is not ("and" or "or" or "," or "in"))
            {
                return false;
            }
        }

        return conjunction;
    }

    /// <summary>A cheap test that skips most tokens: dates start with a number, a capital, or one of a few words.</summary>
    private static bool MayStartDate(Token token) =>
        token.Shape == TokenShape.Number || token.IsCapitalized || StartWords.Contains(token.Norm)
        || (token.Norm.Length > 4 && token.Norm[3] == '-' && token.Norm.StartsWith("mid", StringComparison.Ordinal));

    private static int? TryRelative(IReadOnlyList<Token> tokens, int i, List<DateExpression> found)
    {
        // "one week later", "two days later", "a month later"
        if (i + 2 < tokens.Count && tokens[i + 2].Norm == "later" && Count(tokens[i]) is { } count
            && DateVocabulary.Unit(tokens[i + 1].Norm, count) is { } offset)
        {
            found.Add(Relative(i, offset));
            return i + 3;
        }

        // "the following months", "the next day", "the subsequent year"
        if (i + 2 < tokens.Count && tokens[i].Norm == "the" && tokens[i + 1].Norm is "following" or "next" or "subsequent"
            && DateVocabulary.Unit(tokens[i + 2].Norm, 1) is { } unit)
        {
            found.Add(Relative(i, unit));
            return i + 3;
        }

        return null;
    }

    private static int? TrySame(IReadOnlyList<Token> tokens, int i, List<DateExpression> found)
    {
        var norm = tokens[i].Norm;
        var same = (norm == "since" && Next(tokens, i, 1) == "then")
            || (norm == "at" && Next(tokens, i, 1) == "that" && Next(tokens, i, 2) == "time")
            || (norm == "the" && Next(tokens, i, 1) == "same" && Next(tokens, i, 2) == "day");
        if (!same)
        {
            return null;
        }

        found.Add(new DateExpression(DateExpressionKind.Same, i, null, 0, null, 0, default, DatePrecision.Day));
        return i + 2;
    }

    private static int? TryCalendar(IReadOnlyList<Token> tokens, int i, List<DateExpression> found)
    {
        var start = i;
        var anchor = 15;
        var (modifier, afterModifier) = Modifier(tokens, i);
        if (modifier is not null)
        {
            anchor = modifier.Value.Day;
            i = afterModifier;
        }

        if (i < tokens.Count && (MonthOf(tokens[i]) ?? modifier?.Month) is { } month)
        {
            return MonthExpression(tokens, start, modifier?.Month is not null ? i : i + 1, month, anchor, found);
        }

        if (i + 1 < tokens.Count && DayOf(tokens[i]) is { } day && MonthOf(tokens[i + 1]) is { } monthAfterDay)
        {
            var year = Year(tokens, i + 2);
            if (year is not null && IsValidDay(year.Value, monthAfterDay, day))
            {
                found.Add(Absolute(start, new PartialDate(year.Value, monthAfterDay, day), day));
                return i + 3;
            }
        }

        if (i < tokens.Count && DateVocabulary.Seasons.TryGetValue(tokens[i].Norm, out var season))
        {
            var at = Next(tokens, i, 1) == "of" ? i + 2 : i + 1;
            if (Year(tokens, at) is { } seasonYear)
            {
                found.Add(Absolute(start, new PartialDate(seasonYear, season), 15));
                return at + 1;
            }
        }

        if (i < tokens.Count && Year(tokens, i) is { } alone && !IsRange(tokens, i))
        {
            found.Add(Absolute(start, new PartialDate(alone), modifier is null ? 182 : anchor));
            return i + 1;
        }

        return null;
    }

    /// <summary>After a month: "8, 2016" (day), "2012" (month-year), or nothing (year from the narrative).</summary>
    private static int MonthExpression(IReadOnlyList<Token> tokens, int start, int i, int month, int anchor, List<DateExpression> found)
    {
        int? day = i < tokens.Count ? DayOf(tokens[i]) : null;
        var afterDay = day is null ? i : i + 1;
        var yearAt = afterDay < tokens.Count && tokens[afterDay].Norm == "," ? afterDay + 1 : afterDay;
        var year = Year(tokens, yearAt);
        if (year is not null && (day is null || IsValidDay(year.Value, month, day.Value)))
        {
            found.Add(Absolute(start, new PartialDate(year.Value, month, day), day ?? anchor));
            return yearAt + 1;
        }

        if (year is null)
        {
            found.Add(new DateExpression(DateExpressionKind.YearLess, start, null, month, day, day ?? anchor, default, day is null ? DatePrecision.Month : DatePrecision.Day));
            return afterDay;
        }

        return start + 1;
    }

    /// <summary>"early", "mid", "late", "(at) the beginning/end of", or a hyphenated "mid-April" (which also gives the month).</summary>
    private static ((int Day, int? Month)? Modifier, int Next) Modifier(IReadOnlyList<Token> tokens, int i)
    {
        var norm = tokens[i].Norm;
        var dash = norm.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && DateVocabulary.Modifiers.TryGetValue(norm[..dash], out var glued) && DateVocabulary.Months.TryGetValue(norm[(dash + 1)..], out var gluedMonth))
        {
            return ((glued, gluedMonth), i + 1);
        }

        if (norm is "early" or "mid" or "late" && DateVocabulary.Modifiers.TryGetValue(norm, out var day))
        {
            return ((day, null), i + 1);
        }

        if (norm == "the" && i + 2 < tokens.Count && tokens[i + 2].Norm == "of" && DateVocabulary.Modifiers.TryGetValue(tokens[i + 1].Norm, out var part))
        {
            return ((part, null), i + 3);
        }

        return (null, i);
    }

    private static int? MonthOf(Token token) =>
        token.IsCapitalized && DateVocabulary.Months.TryGetValue(token.Norm, out var month) ? month : null;

    private static int? DayOf(Token token) =>
        token.Shape == TokenShape.Number && token.Norm.Length <= 2 && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    private static int? Year(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Shape == TokenShape.Number && tokens[i].Norm.Length == 4
        && int.TryParse(tokens[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : null;

    private static bool IsRange(IReadOnlyList<Token> tokens, int i) =>
        (Next(tokens, i, 1) == "-" && Year(tokens, i + 2) is not null) || (i >= 2 && tokens[i - 1].Norm == "-" && Year(tokens, i - 2) is not null);

    private static bool IsValidDay(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    private static int? Count(Token token) =>
        DateVocabulary.Counts.TryGetValue(token.Norm, out var count) ? count
        : token.Shape == TokenShape.Number && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100 ? n : null;

    private static string? Next(IReadOnlyList<Token> tokens, int i, int ahead) => i + ahead < tokens.Count ? tokens[i + ahead].Norm : null;

    private static DateExpression Absolute(int token, PartialDate date, int anchorDay) =>
        new(DateExpressionKind.Absolute, token, date, date.Month ?? 0, date.Day, anchorDay, default, date.Precision);

    private static DateExpression Relative(int token, DateOffset offset) =>
        new(DateExpressionKind.Relative, token, null, 0, null, 0, offset, DateVocabulary.UnitPrecision(offset));
}
