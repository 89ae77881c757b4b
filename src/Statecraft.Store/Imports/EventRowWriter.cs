using DuckDB.NET.Data;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Store.Events;

namespace Statecraft.Store.Imports;

/// <summary>Appends events and row errors to the store through DuckDB's appender (no per-row SQL).</summary>
internal sealed class EventRowWriter(DuckDBConnection connection, int importId) : IDisposable
{
    private readonly DuckDBAppender _events = connection.CreateAppender("events");
    private readonly DuckDBAppender _errors = connection.CreateAppender("import_errors");

    public void Append(StoredEvent e, long line) =>
        _events.CreateRow()
            .AppendValue(e.Key).AppendValue(importId).AppendValue(line)
            .AppendValue(e.Doc).AppendValue(e.Sentence).AppendValue((DateOnly?)e.Date).AppendValue(PrecisionName(e.Precision))
            .AppendValue(e.Source).AppendValue(e.SourceCountry).AppendValue(e.Target).AppendValue(e.TargetCountry)
            .AppendValue(e.Cameo).AppendValue((sbyte?)e.Quad).AppendValue(e.Goldstein).AppendValue(e.Plover)
            .AppendValue<string>(e.Issues).AppendValue((bool?)e.Negated).AppendValue(e.Evidence)
            .EndRow();

    public void Append(InputError error, long line) =>
        _errors.CreateRow().AppendValue(importId).AppendValue(line).AppendValue(error.Field).AppendValue(error.Message).EndRow();

    /// <summary>Flushes what is buffered into the open transaction.</summary>
    public void Close()
    {
        _events.Close();
        _errors.Close();
    }

    public void Dispose()
    {
        _events.Dispose();
        _errors.Dispose();
    }

    /// <summary>The stored name of a precision (<c>day</c>, <c>month</c>, <c>year</c>, <c>document</c>).</summary>
    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "document",
    };
}
