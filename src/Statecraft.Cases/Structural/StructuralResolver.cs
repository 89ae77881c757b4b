using System.Globalization;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Yaml;

namespace Statecraft.Cases.Structural;

/// <summary>
/// Turns a case's structural references into figures read from the host's tables (docs/case-format.md, "structural").
/// A reference that gives nothing (no tables, a table that cannot be read, no figure in any of its years) is an input
/// error at the reference; a range with only some years missing gives the others and a warning, because the capability
/// index falls back per component to the latest earlier figure (docs/model.md, Eq. S1).
/// </summary>
internal static class StructuralResolver
{
    public static Case Resolve(Case c, IStructuralTables? tables, List<InputError> errors, ICollection<InputError>? warnings)
    {
        if (c.StructuralReferences.Count == 0)
        {
            return c;
        }

        var figures = new List<StructuralFigure>(c.Structural);
        foreach (var reference in c.StructuralReferences)
        {
            figures.AddRange(Figures(reference, tables, errors, warnings));
        }

        return c with { Structural = figures };
    }

    private static IEnumerable<StructuralFigure> Figures(StructuralReference reference, IStructuralTables? tables, List<InputError> errors, ICollection<InputError>? warnings)
    {
        var name = CaseNames.Of(reference.Table);
        if (tables is null)
        {
            errors.Add(At(reference, "table", $"'{name}' cannot be read: the program reading this case was given no structural tables (write the figures out, or read the case with statecraft's --structural or --structural-db)"));
            return [];
        }

        var read = tables.Read(reference.Table, reference.State, reference.FromYear, reference.ToYear);
        if (read.Problem is { } problem)
        {
            errors.Add(At(reference, "table", $"'{name}' cannot be read: {problem}"));
            return [];
        }

        var years = Enumerable.Range(reference.FromYear, reference.ToYear - reference.FromYear + 1).ToList();
        var missing = years.Where(y => !read.Values.ContainsKey(y)).ToList();
        var field = reference.Fields.ContainsKey("year") ? "year" : "years";
        var indicator = CaseNames.Of(reference.Indicator);
        if (missing.Count == years.Count)
        {
            errors.Add(At(reference, field, $"{read.Origin} has no {indicator} figure for {reference.State} in {Runs(years)}"));
            return [];
        }

        if (missing.Count > 0)
        {
            warnings?.Add(At(reference, field, $"{read.Origin} has no {indicator} figure for {reference.State} in {Runs(missing)}; those years are left out (the capability index falls back to the latest earlier figure, docs/model.md Eq. S1)"));
        }

        var unit = StructuralTables.UnitOf(reference.Indicator);
        return years.Where(read.Values.ContainsKey).Select(year =>
            new StructuralFigure(reference.State, year, reference.Indicator, read.Values[year], unit, reference.Provenance)
            {
                Location = reference.Location,
                Path = reference.Path,
                Fields = reference.Fields,
                Reference = reference,
            });
    }

    private static InputError At(StructuralReference reference, string field, string message)
    {
        var at = reference.At(field);
        return new InputError(at.File, at.Line, at.Column, reference.PathOf(field), message);
    }

    /// <summary>Years as runs, such as <c>1990-1994, 2021</c>, so that a long range missing from a table reads in one line.</summary>
    private static string Runs(List<int> years)
    {
        var runs = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            runs.Add(i == j
                ? years[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{years[i]}-{years[j]}"));
            i = j + 1;
        }

        return string.Join(", ", runs);
    }
}
