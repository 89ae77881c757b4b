namespace Statecraft.Cli.Infrastructure;

/// <summary>A command line that names a valid verb but wrong option values; exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
