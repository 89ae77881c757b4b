using System.Globalization;
using nietras.SeparatedValues;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Cases.Structural;

/// <summary>
/// Reads the alliance treaties between a case's states from ATOP's directed dyad-year table (Leeds et al., v5.1:
/// <c>ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul</c>) as the case's
/// <c>alliances</c> entries, so that a case cites the figures rather than an analyst's memory of them.
/// </summary>
public static class AtopTable
{
    private static readonly (string Column, Pledge Pledge)[] PledgeColumns =
    [
        ("atop_defense", Pledge.Defense), ("atop_offense", Pledge.Offense), ("atop_neutral", Pledge.Neutrality),
        ("atop_nonagg", Pledge.Nonaggression), ("atop_consul", Pledge.Consultation),
    ];

    /// <summary>
    /// The treaties binding <paramref name="focal"/> to each of <paramref name="others"/> in force in some year from
    /// <paramref name="fromYear"/> to <paramref name="toYear"/>: one entry per unbroken run of years with the same pledges,
    /// pledges in either direction joined. A run that reaches the table's last year is left open (<c>to</c> omitted).
    /// </summary>
    /// <exception cref="InvalidInputException">The file lacks a column, or a cell is not a number.</exception>
    public static IReadOnlyList<Alliance> Alliances(string path, string focal, IEnumerable<string> others, int fromYear, int toYear, string sourceId)
    {
        var cow = CowCodes([focal, .. others]);
        if (!cow.TryGetValue(focal, out var focalCode))
        {
            return [];
        }

        var byCode = cow.Where(kv => kv.Key != focal).ToDictionary(kv => kv.Value, kv => kv.Key);
        var years = new Dictionary<string, SortedDictionary<int, HashSet<Pledge>>>(StringComparer.Ordinal);
        var lastYear = int.MinValue;
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path))
        {
            var columns = Columns(reader, path);
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                var a = Number(row, columns[0], "ccode1", path, line);
                var b = Number(row, columns[1], "ccode2", path, line);
                var year = Number(row, columns[2], "year", path, line);
                lastYear = Math.Max(lastYear, year);
                var other = a == focalCode && byCode.TryGetValue(b, out var s1) ? s1 : b == focalCode && byCode.TryGetValue(a, out var s2) ? s2 : null;
                if (other is null)
                {
                    continue;
                }

                var pledges = new List<Pledge>();
                for (var i = 0; i < PledgeColumns.Length; i++)
                {
                    if (row[columns[3 + i]].Span is "1")
                    {
                        pledges.Add(PledgeColumns[i].Pledge);
                    }
                }

                if (pledges.Count == 0)
                {
                    continue;
                }

                var perYear = years.TryGetValue(other, out var y) ? y : years[other] = [];
                (perYear.TryGetValue(year, out var set) ? set : perYear[year] = []).UnionWith(pledges);
            }
        }

        return [.. years.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => Runs(kv.Key, kv.Value))
            .Where(run => run.From <= toYear && run.To >= fromYear)
            .Select(run => Entry(focal, run, lastYear, sourceId))];
    }

    private static Alliance Entry(string focal, Run run, int lastYear, string sourceId)
    {
        var open = run.To == lastYear;
        var judgement = open
            ? string.Create(CultureInfo.InvariantCulture, $"ATOP records these pledges (either direction) in every year from {run.From} to {run.To}, the table's last year; read as still in force after it.")
            : string.Create(CultureInfo.InvariantCulture, $"ATOP records these pledges (either direction) in every year from {run.From} to {run.To}.");
        var pledges = run.Pledges.Order().ToList();
        return new Alliance(focal, run.State, AllianceKind.Treaty, pledges, run.From, open ? null : run.To, new Provenance(sourceId, judgement));
    }

    private sealed record Run(string State, IReadOnlySet<Pledge> Pledges, int From, int To);

    private static IEnumerable<Run> Runs(string state, SortedDictionary<int, HashSet<Pledge>> perYear)
    {
        Run? current = null;
        foreach (var (year, pledges) in perYear)
        {
            if (current is not null && current.To == year - 1 && current.Pledges.SetEquals(pledges))
            {
                current = current with { To = year };
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = new Run(state, pledges, year, year);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static Dictionary<string, int> CowCodes(IEnumerable<string> states)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in states.Distinct(StringComparer.Ordinal))
        {
            if (Countries.TryGetByIso3(state, out var country) && country.CowNumber is { } code)
            {
                result[state] = code;
            }
        }

        return result;
    }

    private static int[] Columns(SepReader reader, string path)
    {
        string[] names = ["ccode1", "ccode2", "year", .. PledgeColumns.Select(p => p.Column)];
        var header = reader.Header;
        return [.. names.Select(name => header.TryIndexOf(name, out var index)
            ? index
            : throw new InvalidInputException(new InputError(path, 1, 1, name, $"column '{name}' is missing; an ATOP directed dyad-year table has {string.Join(", ", names)}")))];
    }

    private static int Number(SepReader.Row row, int column, string name, string path, int line)
    {
        var text = row[column].Span;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidInputException(new InputError(path, line, column + 1, name, $"'{text}' is not a whole number"));
    }
}
