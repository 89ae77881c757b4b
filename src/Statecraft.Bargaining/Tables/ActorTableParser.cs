using System.Globalization;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Bargaining.Tables;

/// <summary>
/// Reads a comma-separated actor table with the columns <c>actor,capability,position,salience</c> (a header column
/// whose name starts with <c>position</c> or <c>salience</c>, such as <c>position_years</c>, also counts).
/// Saliences above 1 mean the whole column is on 0-100; it is divided by 100 and the result says so.
/// </summary>
public static class ActorTableParser
{
    private static readonly string[] Required = ["actor", "capability", "position", "salience"];

    /// <summary>The most actors one table may have (docs/limits.md).</summary>
    public const int MaxActors = 1_000;

    /// <summary>Parses the table; throws <see cref="InvalidInputException"/> listing every problem found.</summary>
    public static ActorTable Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var lines = DelimitedRows.Read(reader, ',').GetEnumerator();
        var header = lines.MoveNext() ? lines.Current.Fields : throw Error(fileName, 1, 0, string.Empty, "the file is empty; expected the header actor,capability,position,salience");
        var columns = MapColumns(header, fileName);
        var errors = new List<InputError>();
        var rows = new List<(string Id, double C, double X, double S, int Line)>();
        var lineNumber = 1;
        while (lines.MoveNext())
        {
            lineNumber = lines.Current.Line;
            if (!lines.Current.IsBlank)
            {
                ReadRow(lines.Current.Fields, columns, fileName, lineNumber, rows, errors);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(fileName, lineNumber, 0, string.Empty, "the table has no actors"));
        }

        CheckDuplicates(rows, fileName, errors);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        if (rows.Count > MaxActors)
        {
            throw Error(fileName, 0, 0, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"the table has {rows.Count:N0} actors; at most {MaxActors:N0} are allowed (the expected utility model compares every pair, so its memory grows with the square; docs/limits.md)"));
        }

        if (rows.TrueForAll(r => r.C == 0))
        {
            throw Error(fileName, 0, 0, "capability", "every actor's capability is 0; no one can move the outcome, so no forecast is possible");
        }

        var percent = rows.Exists(r => r.S > 1);
        if (percent && rows.Find(r => r.S > 0 && r.S < 1) is { Id: not null } mixed)
        {
            throw Error(fileName, mixed.Line, 0, "salience", string.Create(CultureInfo.InvariantCulture,
                $"the column mixes scales: {mixed.S} reads as 0-1 but other saliences exceed 1 (0-100); give every salience on one scale"));
        }

        var actors = rows.Select(r => new BargainingActor(r.Id, r.C, r.X, percent ? r.S / 100 : r.S));
        return new ActorTable(new IssueTable(actors), percent ? SalienceScale.Percent : SalienceScale.Unit);
    }

    private static int[] MapColumns(List<string> header, string fileName)
    {
        var map = new int[Required.Length];
        for (var r = 0; r < Required.Length; r++)
        {
            map[r] = header.FindIndex(h => h.Trim().StartsWith(Required[r], StringComparison.OrdinalIgnoreCase));
            if (map[r] < 0)
            {
                throw Error(fileName, 1, 0, Required[r], $"missing column '{Required[r]}'; expected the header actor,capability,position,salience");
            }
        }

        return map;
    }

    private static void ReadRow(List<string> fields, int[] columns, string file, int line, List<(string, double, double, double, int)> rows, List<InputError> errors)
    {
        var before = errors.Count;
        var id = Field(fields, columns[0]).Trim();
        if (id.Length == 0)
        {
            errors.Add(new InputError(file, line, columns[0] + 1, "actor", "the actor name is empty"));
        }

        var c = Number(fields, columns[1], "capability", file, line, errors, 0, double.MaxValue);
        var x = Number(fields, columns[2], "position", file, line, errors, double.MinValue, double.MaxValue);
        var s = Number(fields, columns[3], "salience", file, line, errors, 0, 100);
        if (errors.Count == before)
        {
            rows.Add((id, c, x, s, line));
        }
    }

    private static double Number(List<string> fields, int column, string name, string file, int line, List<InputError> errors, double min, double max)
    {
        var text = Field(fields, column).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        var range = name == "salience" ? " between 0 and 100 (or 0 and 1)" : name == "capability" ? " of at least 0" : string.Empty;
        errors.Add(new InputError(file, line, column + 1, name, $"'{text}' is not a number{range}"));
        return 0;
    }

    private static void CheckDuplicates(List<(string Id, double C, double X, double S, int Line)> rows, string file, List<InputError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(row => !seen.Add(row.Id)))
        {
            errors.Add(new InputError(file, row.Line, 1, "actor", $"actor '{row.Id}' appears twice"));
        }
    }

    private static string Field(List<string> fields, int column) => column < fields.Count ? fields[column] : string.Empty;

    private static InvalidInputException Error(string file, int line, int column, string field, string message) =>
        new(new InputError(file, line, column, field, message));
}
