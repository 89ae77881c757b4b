namespace Statecraft.Bargaining;

/// <summary>
/// A model that forecasts the outcome of one bargaining problem. Implementations are pure and thread-safe:
/// the same table and options always give the same result, and one instance may serve many threads at once.
/// </summary>
public interface IBargainingModel
{
    /// <summary>The model's short name, as the CLI and JSON output spell it (<c>eu</c>, <c>compromise</c>...).</summary>
    string Name { get; }

    /// <summary>Runs the model on <paramref name="issue"/> and returns the whole trajectory and the forecast.</summary>
    BargainingResult Run(IssueTable issue, BargainingOptions options);
}
