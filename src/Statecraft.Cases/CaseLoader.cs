using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;
using Statecraft.Cases.Validation;
using Statecraft.Cases.Yaml;

namespace Statecraft.Cases;

/// <summary>Reads and validates a case in one step: the entry point for hosts.</summary>
public static class CaseLoader
{
    /// <summary>Loads the case at <paramref name="path"/>; throws <see cref="InvalidInputException"/> with every problem found.</summary>
    /// <remarks>A case with structural references cannot be loaded this way: it needs the tables they name.</remarks>
    public static Case Load(string path) => Load(path, null, null);

    /// <summary>
    /// Loads the case at <paramref name="path"/>, reading its structural references from <paramref name="tables"/>; throws
    /// <see cref="InvalidInputException"/> with every problem found. Years a reference's table lacks, where it has others,
    /// are left out and told in <paramref name="warnings"/> (docs/case-format.md, "structural").
    /// </summary>
    public static Case Load(string path, IStructuralTables? tables, ICollection<InputError>? warnings)
    {
        var errors = new List<InputError>();
        var result = CaseReader.Read(path, errors);
        return result is null ? throw new InvalidInputException(errors) : Checked(result, tables, warnings);
    }

    /// <summary>Loads a single-file case from text; <paramref name="name"/> stands for the file in messages.</summary>
    public static Case LoadText(string text, string name)
    {
        var errors = new List<InputError>();
        var result = CaseReader.ReadText(text, name, errors);
        return result is null ? throw new InvalidInputException(errors) : Checked(result, null, null);
    }

    private static Case Checked(Case read, IStructuralTables? tables, ICollection<InputError>? warnings)
    {
        var problems = CaseValidator.Validate(read);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        if (read.StructuralReferences.Count == 0)
        {
            return read;
        }

        // Resolved only once the references are known to be well formed; then checked again, so that a figure a
        // reference reads is held to the literal figures' rules (one per state, year and indicator; not negative).
        var errors = new List<InputError>();
        var resolved = StructuralResolver.Resolve(read, tables, errors, warnings);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        problems = CaseValidator.Validate(resolved);
        return problems.Count > 0 ? throw new InvalidInputException(problems) : resolved;
    }
}
