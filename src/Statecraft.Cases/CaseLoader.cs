using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Model;
using Statecraft.Cases.Validation;
using Statecraft.Cases.Yaml;

namespace Statecraft.Cases;

/// <summary>Reads and validates a case in one step: the entry point for hosts.</summary>
public static class CaseLoader
{
    /// <summary>Loads the case at <paramref name="path"/>; throws <see cref="InvalidInputException"/> with every problem found.</summary>
    public static Case Load(string path)
    {
        var errors = new List<InputError>();
        var result = CaseReader.Read(path, errors);
        if (result is null)
        {
            throw new InvalidInputException(errors);
        }

        var problems = CaseValidator.Validate(result);
        return problems.Count > 0 ? throw new InvalidInputException(problems) : result;
    }

    /// <summary>Loads a single-file case from text; <paramref name="name"/> stands for the file in messages.</summary>
    public static Case LoadText(string text, string name)
    {
        var errors = new List<InputError>();
        var result = CaseReader.ReadText(text, name, errors);
        if (result is null)
        {
            throw new InvalidInputException(errors);
        }

        var problems = CaseValidator.Validate(result);
        return problems.Count > 0 ? throw new InvalidInputException(problems) : result;
    }
}
