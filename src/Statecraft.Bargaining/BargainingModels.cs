using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining;

/// <summary>The bargaining models by name, as the CLI and the case engine select them.</summary>
public static class BargainingModels
{
    /// <summary>Every model, in the order reports list them.</summary>
    public static IReadOnlyList<IBargainingModel> All { get; } =
        [new ExpectedUtilityModel(), new CompromiseModel(), new WeightedMedianModel(), new NashBargainingModel()];

    /// <summary>The names of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    /// <summary>The model called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IBargainingModel? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
