namespace Statecraft.Cli.Tests.Hostile;

/// <summary>What a hostile input should get from the CLI.</summary>
public enum Expect
{
    /// <summary>Exit 1 or 2 with a message that names the file, field or option (one of the case's <c>Names</c>).</summary>
    Reject,

    /// <summary>Either a clean rejection or success: the input is odd but may be usable (such as an empty file).</summary>
    RejectOrAccept,
}

/// <summary>How one run ended.</summary>
public enum Outcome
{
    /// <summary>Exit 1 or 2 with a message naming the file, field or option.</summary>
    Rejected,

    /// <summary>Exit 0 where that is allowed.</summary>
    Accepted,

    /// <summary>Exit 1 or 2, but the message names none of what the user needs to look at.</summary>
    Vague,

    /// <summary>Exit 0 for an input that must be refused.</summary>
    WronglyAccepted,

    /// <summary>A stack trace, "Unhandled exception", "internal error", or an exit code other than 0, 1 and 2.</summary>
    Crash,

    /// <summary>Still running at the time-out.</summary>
    Hang,

    /// <summary>A failed run left a new file behind (a temporary file, an empty store, a half-written output).</summary>
    PartialFile,

    /// <summary>A file that existed before the run (an input, a case, a store given as an output) changed.</summary>
    ChangedInput,
}

/// <summary>
/// One hostile input: the files it needs (written into a fresh folder by <see cref="Setup"/>, which returns the
/// command line) and what a careful CLI must answer.
/// </summary>
/// <param name="Class">The class of bad input (the wording), for the summary.</param>
/// <param name="Name">A unique name.</param>
/// <param name="Setup">Writes the inputs into the folder and returns the arguments, run there.</param>
/// <param name="Names">Text the message must contain (any one of them): the file, the field, the option.</param>
/// <param name="Expect">Whether the input must be refused.</param>
/// <param name="Writes">Files the command may create or change when it succeeds (relative to the folder).</param>
/// <param name="Environment">Environment variables for the run (<c>STATECRAFT_DB</c>, <c>STATECRAFT_DB_MEMORY</c>).</param>
/// <param name="Forbid">Text the message must not contain (the cascade of follow-on errors a first error should stop).</param>
public sealed record HostileCase(
    string Class,
    string Name,
    Func<HostileFolder, string[]> Setup,
    string[] Names,
    Expect Expect = Expect.Reject,
    string[]? Writes = null,
    IReadOnlyDictionary<string, string>? Environment = null,
    string[]? Forbid = null)
{
    public override string ToString() => Name;
}
