namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// The median-voter model: the capability x salience weighted median of the positions (Eq. B3), which is the
/// position that wins every pairwise majority vote.
/// </summary>
internal sealed class WeightedMedianModel : IBargainingModel
{
    /// <summary>The model's name in the CLI and in JSON.</summary>
    public const string ModelName = "median";

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public BargainingResult Run(IssueTable issue, BargainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(options);
        var initial = Trajectory.Initial(issue, options.MedianTie, out _);
        return new BargainingResult(Name, Trajectory.Ids(issue), [initial], initial.Median, Converged: true);
    }
}
