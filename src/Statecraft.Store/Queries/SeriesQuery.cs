namespace Statecraft.Store.Queries;

/// <summary>Which events a series counts and how it groups them.</summary>
/// <param name="Source">The acting state's country code, or <c>*</c> for any.</param>
/// <param name="Target">The receiving state's country code, or <c>*</c> for any.</param>
/// <param name="Both">Count the dyad in both directions (source→target and target→source).</param>
/// <param name="By">The period length.</param>
/// <param name="Issue">Only events tagged with this issue, or null for all.</param>
/// <param name="From">First day counted, or null for the start of the data.</param>
/// <param name="To">Last day counted, or null for the end of the data.</param>
public sealed record SeriesQuery(
    string Source = SeriesQuery.Any,
    string Target = SeriesQuery.Any,
    bool Both = false,
    SeriesPeriod By = SeriesPeriod.Month,
    string? Issue = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    /// <summary>The wildcard that matches any country.</summary>
    public const string Any = "*";

    /// <summary>The dyad as printed: <c>JPN-USA</c>, or <c>JPN&lt;&gt;USA</c> in both directions.</summary>
    public string Dyad => Source + (Both ? "<>" : "-") + Target;
}
