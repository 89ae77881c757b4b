using System.Collections.Concurrent;

namespace Statecraft.Store.Imports;

/// <summary>
/// Parses on one thread while the database appends on another, in bounded batches, so an import uses two
/// cores and holds at most a few batches in memory whatever the file's size.
/// </summary>
internal static class ImportPipeline
{
    public const int BatchSize = 8192;
    private const int QueuedBatches = 8;

    /// <summary>Feeds the rows <paramref name="read"/> yields to <paramref name="consume"/> in batches; rethrows either side's failure.</summary>
    public static void Run(Func<CancellationToken, IEnumerable<ReadRow>> read, Action<List<ReadRow>> consume, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<List<ReadRow>>(QueuedBatches);
        var producer = Task.Run(() => Produce(read(stop.Token), queue, stop.Token), CancellationToken.None);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
            {
                consume(batch);
            }
        }
        catch
        {
            stop.Cancel();
            Drain(producer);
            throw;
        }

        producer.GetAwaiter().GetResult();
    }

    private static void Produce(IEnumerable<ReadRow> rows, BlockingCollection<List<ReadRow>> queue, CancellationToken token)
    {
        try
        {
            var batch = new List<ReadRow>(BatchSize);
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == BatchSize)
                {
                    queue.Add(batch, token);
                    batch = new List<ReadRow>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                queue.Add(batch, token);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void Drain(Task producer)
    {
        try
        {
            producer.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // The consumer failed first and stopped the producer; the consumer's exception is the one to report.
        }
        catch (IOException)
        {
            // Same: the consumer's failure is reported, not the producer's reaction to it.
        }
    }
}
