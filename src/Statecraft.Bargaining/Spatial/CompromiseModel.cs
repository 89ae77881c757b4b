namespace Statecraft.Bargaining.Spatial;

/// <summary>
/// The compromise model: the capability x salience weighted mean of the positions (Eq. B2), the baseline that
/// Achen (2006) found as good as any bargaining model on EU legislation.
/// </summary>
internal sealed class CompromiseModel : IBargainingModel
{
    /// <summary>The model's name in the CLI and in JSON.</summary>
    public const string ModelName = "compromise";

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public BargainingResult Run(IssueTable issue, BargainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(options);
        var initial = Trajectory.Initial(issue, options.MedianTie, out _);
        return new BargainingResult(Name, Trajectory.Ids(issue), [initial], initial.Mean, Converged: true);
    }
}
