using System.Globalization;
using Statecraft.Bargaining.Tables;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Bargaining.Evaluation;

/// <summary>
/// Reads the DEU layout (Thomson et al. 2006; Arregui &amp; Perarnaud 2022): one tab-separated row per issue, actor
/// positions in columns <c>p&lt;code&gt;</c> with saliences in <c>s&lt;code&gt;</c>, the reference point <c>rp</c>
/// and the outcome <c>out</c>, all on 0-100.
/// </summary>
/// <remarks>
/// Rules (shared/data/deu/README.md): a row without an issue code is not an issue (the blksv copy's GDP row); any
/// value above 100 is missing; an actor with a position but no salience gets <see cref="MissingSalience"/>.
/// </remarks>
public static class DeuParser
{
    /// <summary>The salience given to a coded position whose salience is missing, on 0-100.</summary>
    public const double MissingSalience = 50;

    /// <summary>The DEU issue scale.</summary>
    public static readonly ScaleBounds Scale = new(0, 100);

    /// <summary>Parses the whole reader; throws <see cref="InvalidInputException"/> on a malformed file.</summary>
    public static DeuDataset Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var lines = DelimitedRows.Read(reader, '\t').GetEnumerator();
        var header = lines.MoveNext() ? lines.Current.Fields : throw new InvalidInputException(new InputError(fileName, 1, 0, string.Empty, "the file is empty"));
        var layout = DeuLayout.From(header, fileName);
        var issues = new List<DeuIssue>();
        var errors = new List<InputError>();
        var skipped = 0;
        while (lines.MoveNext())
        {
            var (lineNumber, blank, fields) = lines.Current;
            if (blank)
            {
                continue;
            }

            var issue = ReadIssue(fields, layout, fileName, lineNumber, errors);
            if (issue is null)
            {
                skipped++;
            }
            else
            {
                issues.Add(issue);
            }
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : new DeuDataset(issues, skipped);
    }

    private static DeuIssue? ReadIssue(List<string> fields, DeuLayout layout, string file, int line, List<InputError> errors)
    {
        var id = Text(fields, layout.IssueColumn);
        if (id.Length == 0)
        {
            return null;
        }

        var actors = new List<BargainingActor>();
        foreach (var (code, p, s) in layout.Actors)
        {
            var position = Value(fields, p, file, line, errors);
            if (position is { } x)
            {
                var salience = Value(fields, s, file, line, errors) ?? MissingSalience;
                actors.Add(new BargainingActor(code, 1.0, x, salience / 100));
            }
        }

        if (actors.Count == 0)
        {
            return null;
        }

        var reference = Value(fields, layout.ReferenceColumn, file, line, errors);
        var outcome = Value(fields, layout.OutcomeColumn, file, line, errors);
        return new DeuIssue(id, line, new IssueTable(actors, Scale), outcome, reference);
    }

    /// <summary>A number on 0-100, or null when empty, coded above 100 ("not applicable") or the column is absent.</summary>
    private static double? Value(List<string> fields, int column, string file, int line, List<InputError> errors)
    {
        var text = Text(fields, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            errors.Add(new InputError(file, line, column + 1, string.Empty, $"'{text}' is not a number on the 0-100 scale"));
            return null;
        }

        return value > 100 ? null : value;
    }

    private static string Text(List<string> fields, int column) => column >= 0 && column < fields.Count ? fields[column].Trim() : string.Empty;
}
