using System.Collections.Concurrent;
using Statecraft.Analysis.Intervening;

namespace Statecraft.Analysis.Typology;

/// <summary>
/// Bargaining runs of one case, keyed by everything a run depends on besides the case: issue, period, switches,
/// the weights that shape the table (persuasion, perception, clout), the model and the access used. The rule's thresholds
/// do not enter a run, so a calibration grid over thresholds (docs/model.md, Eq. E3) reuses the runs instead of repeating
/// them. One cache belongs to one case and one set of bargaining options.
/// </summary>
public sealed class ForecastCache
{
    private readonly ConcurrentDictionary<Key, double> _runs = new();

    internal double GetOrAdd(string issue, string period, InterveningSwitches switches, AnalysisOptions options, double access, Func<double> run) =>
        _runs.GetOrAdd(new Key(issue, period, switches, options.PersuasionStrength, options.PerceptionWeight, options.CloutWeight, options.Model, access), _ => run());

    private readonly record struct Key(string Issue, string Period, InterveningSwitches Switches, double Persuasion, double Perception, double Clout, string Model, double Access);
}
