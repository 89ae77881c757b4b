using Statecraft.Store.Queries;

namespace Statecraft.Store.Shocks;

/// <summary>The months on one side of a shock and what happened in them.</summary>
/// <param name="From">First day of the window's first month.</param>
/// <param name="To">First day of the window's last month.</param>
/// <param name="Months">Months with a value (inside the data's coverage; for the Goldstein mean, months with events).</param>
/// <param name="Mean">Mean of the monthly values, or NaN when there are none.</param>
/// <param name="Events">Events in the window.</param>
/// <param name="QuadShare">Share of the window's events in each quad class (1-4), or zeros when it has none.</param>
public sealed record ShockWindow(DateOnly From, DateOnly To, int Months, double Mean, long Events, IReadOnlyList<double> QuadShare);

/// <summary>A dyad's relations before and after a dated shock, with the change points of its whole monthly series.</summary>
/// <param name="Dyad">The dyad (<c>JPN-USA</c>).</param>
/// <param name="Date">The shock's date.</param>
/// <param name="Measure">The monthly figure compared.</param>
/// <param name="Pre">The window before the shock's month.</param>
/// <param name="Post">The shock's month and the months after.</param>
/// <param name="Difference">Post mean minus pre mean.</param>
/// <param name="Ci95">Percentile bootstrap 95% interval of <paramref name="Difference"/> (low, high).</param>
/// <param name="ChangePoints">First months of new segments found by binary segmentation over the whole series.</param>
/// <param name="Series">The whole monthly series the analysis read.</param>
/// <param name="Options">The parameters used.</param>
public sealed record ShockResult(
    string Dyad,
    DateOnly Date,
    ShockMeasure Measure,
    ShockWindow Pre,
    ShockWindow Post,
    double Difference,
    (double Low, double High) Ci95,
    IReadOnlyList<DateOnly> ChangePoints,
    IReadOnlyList<SeriesPoint> Series,
    ShockOptions Options);
