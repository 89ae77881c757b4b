using Statecraft.Cases.Diagnostics;
using Statecraft.Store.Events;

namespace Statecraft.Store.Imports;

/// <summary>One data line of an input file: the event it holds, or why it could not be read.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Event">The event, or null when the line is malformed.</param>
/// <param name="Error">What is wrong with the line, or null.</param>
internal readonly record struct ReadRow(long Line, StoredEvent? Event, InputError? Error)
{
    public static ReadRow Bad(string file, long line, string field, string message) =>
        new(line, null, new InputError(file, (int)Math.Min(line, int.MaxValue), 0, field, message));
}

/// <summary>Reads one event layout, line by line, without holding more than a line in memory.</summary>
internal interface IEventReader
{
    /// <summary>The rows of <paramref name="reader"/>; <paramref name="file"/> names them in errors.</summary>
    IEnumerable<ReadRow> Read(TextReader reader, string file, CancellationToken cancellationToken);
}
