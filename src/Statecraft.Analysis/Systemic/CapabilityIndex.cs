using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Systemic;

/// <summary>
/// A CINC-like composite capability index per state and year (Eq. S1): the mean of a state's shares, among the states
/// the case gives figures for, of GDP, military spending and population. A component a state lacks in a year falls back
/// to its latest earlier figure of that component (so a missing military figure does not reduce the index to the GDP
/// share); a component it never had is left out of its mean.
/// </summary>
internal sealed class CapabilityIndex
{
    private static readonly Indicator[] Components = [Indicator.Gdp, Indicator.Milex, Indicator.Population];
    private readonly Dictionary<(string State, int Year), double> _index = [];

    public CapabilityIndex(IEnumerable<StructuralFigure> figures)
    {
        var given = figures.Where(f => Components.Contains(f.Indicator)).ToList();
        var series = given.GroupBy(f => (f.State, f.Indicator)).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Year).ToList());
        var states = given.Select(f => f.State).Distinct().ToList();
        foreach (var year in given.Select(f => f.Year).Distinct())
        {
            var values = Components.ToDictionary(
                i => i,
                i => states.Select(s => (State: s, Value: Latest(series, s, i, year))).Where(x => x.Value is not null).ToDictionary(x => x.State, x => x.Value!.Value));
            var totals = values.ToDictionary(kv => kv.Key, kv => kv.Value.Values.Sum());
            foreach (var state in states.Where(s => given.Any(f => f.State == s && f.Year <= year)))
            {
                var shares = Components.Where(i => totals[i] > 0 && values[i].ContainsKey(state)).Select(i => values[i][state] / totals[i]).ToList();
                if (shares.Count > 0)
                {
                    _index[(state, year)] = shares.Average();
                }
            }
        }
    }

    /// <summary>The state's figure of <paramref name="indicator"/> in <paramref name="year"/>, else its latest earlier one.</summary>
    private static double? Latest(Dictionary<(string, Indicator), List<StructuralFigure>> series, string state, Indicator indicator, int year) =>
        series.TryGetValue((state, indicator), out var list) ? list.LastOrDefault(f => f.Year <= year)?.Value : null;

    public IEnumerable<int> Years => _index.Keys.Select(k => k.Year).Distinct().Order();

    public IEnumerable<string> States => _index.Keys.Select(k => k.State).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The index of <paramref name="state"/> in <paramref name="year"/>, or the nearest earlier year's, or null.</summary>
    public double? Of(string state, int year) =>
        _index.Where(kv => kv.Key.State == state && kv.Key.Year <= year).OrderByDescending(kv => kv.Key.Year).Select(kv => (double?)kv.Value).FirstOrDefault();

    /// <summary>Relative power of A against B (Eq. S2): cap_A / (cap_A + cap_B).</summary>
    public double? Relative(string a, string b, int year) =>
        Of(a, year) is { } ca && Of(b, year) is { } cb && ca + cb > 0 ? ca / (ca + cb) : null;
}
