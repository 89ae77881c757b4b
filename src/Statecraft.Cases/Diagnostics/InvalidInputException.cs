namespace Statecraft.Cases.Diagnostics;

/// <summary>
/// Thrown when a user's input (a case file, a table, a dictionary, a text) cannot be used.
/// Hosts turn it into exit code 1 and print every error, one per line.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputError> errors)
        : base(Describe(errors)) => Errors = errors;

    public InvalidInputException(InputError error)
        : this([error])
    {
    }

    public InvalidInputException()
        : this(new InputError("(input)", 0, 0, string.Empty, "invalid input"))
    {
    }

    public InvalidInputException(string message)
        : this(new InputError("(input)", 0, 0, string.Empty, message))
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new InputError("(input)", 0, 0, string.Empty, message)];

    public IReadOnlyList<InputError> Errors { get; }

    private static string Describe(IReadOnlyList<InputError> errors) =>
        errors.Count == 0 ? "invalid input" : string.Join(Environment.NewLine, errors);
}
