using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Systemic;

/// <summary>
/// A CINC-like composite capability index per state and year (Eq. S1): the mean of a state's shares, among the states
/// the case gives figures for, of GDP, military spending and population. Components a state lacks are left out of its mean.
/// </summary>
internal sealed class CapabilityIndex
{
    private static readonly Indicator[] Components = [Indicator.Gdp, Indicator.Milex, Indicator.Population];
    private readonly Dictionary<(string State, int Year), double> _index = [];

    public CapabilityIndex(IEnumerable<StructuralFigure> figures)
    {
        var byYear = figures.Where(f => Components.Contains(f.Indicator)).GroupBy(f => f.Year);
        foreach (var year in byYear)
        {
            var totals = Components.ToDictionary(i => i, i => year.Where(f => f.Indicator == i).Sum(f => f.Value));
            foreach (var state in year.GroupBy(f => f.State))
            {
                var shares = state.Where(f => totals[f.Indicator] > 0).Select(f => f.Value / totals[f.Indicator]).ToList();
                if (shares.Count > 0)
                {
                    _index[(state.Key, year.Key)] = shares.Average();
                }
            }
        }
    }

    public IEnumerable<int> Years => _index.Keys.Select(k => k.Year).Distinct().Order();

    public IEnumerable<string> States => _index.Keys.Select(k => k.State).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The index of <paramref name="state"/> in <paramref name="year"/>, or the nearest earlier year's, or null.</summary>
    public double? Of(string state, int year) =>
        _index.Where(kv => kv.Key.State == state && kv.Key.Year <= year).OrderByDescending(kv => kv.Key.Year).Select(kv => (double?)kv.Value).FirstOrDefault();

    /// <summary>Relative power of A against B (Eq. S2): cap_A / (cap_A + cap_B).</summary>
    public double? Relative(string a, string b, int year) =>
        Of(a, year) is { } ca && Of(b, year) is { } cb && ca + cb > 0 ? ca / (ca + cb) : null;
}
