using Microsoft.Extensions.Logging;

namespace Statecraft.Cli.Commands.Serve;

/// <summary>
/// The dashboard's log on standard error: warnings and errors only, each with its cause, so that an answer of 500
/// ("its log has the details") is explained where <c>statecraft serve</c> runs. The stack trace follows only with <c>--debug</c>.
/// </summary>
internal sealed class ErrorLog(TextWriter error, bool debug) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var cause = exception is null ? string.Empty : $": {exception.GetType().Name}: {exception.Message}";
        lock (error)
        {
            error.WriteLine($"serve: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}{cause}");
            if (debug && exception is not null)
            {
                error.WriteLine(exception);
            }
        }
    }

    public void Dispose()
    {
    }
}
