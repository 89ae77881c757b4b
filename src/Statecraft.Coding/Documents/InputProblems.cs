using Statecraft.Cases.Diagnostics;

namespace Statecraft.Coding.Documents;

/// <summary>
/// What was skipped while reading input (a binary file, a bad JSONL record, an overlong sentence), with where
/// and why. Coding goes on past these; the host prints them and sets its exit code.
/// </summary>
/// <remarks>Thread-safe: readers and coding workers report into one instance.</remarks>
public sealed class InputProblems
{
    private readonly Lock _gate = new();
    private readonly List<InputError> _errors = [];
    private int _skippedFiles;
    private int _skippedRecords;

    /// <summary>At most this many messages are kept; counts go on past it.</summary>
    public const int MaxMessages = 1000;

    public int SkippedFiles => Volatile.Read(ref _skippedFiles);

    public int SkippedRecords => Volatile.Read(ref _skippedRecords);

    public IReadOnlyList<InputError> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    public void SkipFile(string file, string message)
    {
        Interlocked.Increment(ref _skippedFiles);
        Add(new InputError(file, 0, 0, string.Empty, message));
    }

    public void SkipRecord(string file, int line, string field, string message)
    {
        Interlocked.Increment(ref _skippedRecords);
        Add(new InputError(file, line, 0, field, message));
    }

    private void Add(InputError error)
    {
        lock (_gate)
        {
            if (_errors.Count < MaxMessages)
            {
                _errors.Add(error);
            }
        }
    }
}
