using System.Globalization;
using Statecraft.Analysis.Intervening;
using Statecraft.Bargaining;
using Statecraft.Cases.Model;
using Statecraft.Cases.Yaml;

namespace Statecraft.Analysis.Typology;

/// <summary>Runs the response rule over an issue's post-shock periods, with forecasts, pace and one counterfactual per intervening variable.</summary>
internal sealed class IssueAnalyzer(CaseView view, AnalysisOptions options, ForecastCache? cache = null)
{
    private readonly IBargainingModel _model = BargainingModels.Find(options.Model)!;
    private readonly ForecastCache _cache = cache ?? new ForecastCache();

    private ResponseRule Rule => new(view, options, _model, _cache);

    /// <summary>The labels per post-shock period only: what the sensitivity sweep needs.</summary>
    public IReadOnlyList<PhaseAssessment> Classify(Issue issue, InterveningSwitches switches, bool withoutPersuasionToo = true)
    {
        var rule = Rule;
        var phases = new List<PhaseAssessment>();
        var previous = ResponseLabel.None;
        foreach (var period in view.PostShock)
        {
            var phase = rule.Assess(issue, period, previous, switches, withoutPersuasionToo);
            phases.Add(phase);
            previous = phase.Label;
        }

        return phases;
    }

    /// <summary>The label of the first post-shock period alone (what tipping points search over, Eq. A13).</summary>
    public ResponseLabel FirstLabel(Issue issue) =>
        Rule.Assess(issue, view.PostShock[0], ResponseLabel.None, InterveningSwitches.All, withoutPersuasionToo: false).Label;

    /// <summary>The forecast after the shock under the given switches.</summary>
    public double ForecastAfter(Issue issue, InterveningSwitches switches) => ForecastIn(issue, view.PostShock[0], switches);

    /// <summary>The forecast in a post-shock period under the given switches (Eq. A5d).</summary>
    public double ForecastIn(Issue issue, Period period, InterveningSwitches switches) =>
        Rule.Forecast(issue, period, Access.Of(view, period, switches, options), switches);

    public IssueAnalysis Analyze(Issue issue)
    {
        var switches = InterveningSwitches.All;
        var phases = Classify(issue, switches);
        var after = view.PostShock[0];
        var access = Access.Of(view, after, switches, options);
        var used = Rule.PersuadedForecast(issue, after, access, switches).Access;
        var table = ActorTableBuilder.Build(view, issue, after, used, switches, options);
        var trajectory = _model.Run(table, options.Bargaining);
        // The rule computed the no-persuasion forecast already when the partner moved away; reuse it.
        var withoutPersuasion = phases[0].ForecastWithoutPersuasion ?? ForecastAfter(issue, switches.WithoutPersuasion);
        var counterfactuals = Enum.GetValues<InterveningVariable>()
            .Select(v => Counterfactual(issue, v))
            .Append(Counterfactual(issue, null))
            .ToList();
        var analysis = new IssueAnalysis
        {
            Issue = issue,
            Label = phases[0].Label,
            Phases = phases,
            Forecast = trajectory.Forecast,
            ForecastWithoutPersuasion = withoutPersuasion,
            AccessUsed = used,
            Trajectory = trajectory,
            ModelForecasts = BargainingModels.All.ToDictionary(m => m.Name, m => m == _model ? trajectory.Forecast : m.Run(table, options.Bargaining).Forecast),
            Table = table,
            Implementation = Implementation.Of(view, issue, table, trajectory.Forecast, switches),
            Counterfactuals = counterfactuals,
            Observed = view.Case.FindObservation(issue.Id),
            Explanation = [],
        };
        return analysis with { Explanation = Explain(analysis) };
    }

    private Counterfactual Counterfactual(Issue issue, InterveningVariable? variable)
    {
        var switches = variable is { } v ? InterveningSwitches.All.Without(v) : InterveningSwitches.None;
        var label = Classify(issue, switches)[0].Label;
        var forecast = ForecastAfter(issue, switches);
        if (variable is InterveningVariable.VetoPlayers or null)
        {
            var after = view.PostShock[0];
            var table = ActorTableBuilder.Build(view, issue, after, Access.Of(view, after, switches, options), switches, options);
            forecast = Implementation.Of(view, issue, table, forecast, switches).Outcome;
        }

        return new Counterfactual(variable, Describe(variable), label, forecast);
    }

    private string Describe(InterveningVariable? variable)
    {
        var after = view.PostShock[0].Id;
        var focal = view.Executives.GetValueOrDefault((view.Case.Focal, after)) ?? view.Case.Focal;
        var partner = view.Executives.GetValueOrDefault((view.Case.Partner, after)) ?? view.Case.Partner;
        return variable switch
        {
            InterveningVariable.Perception => "without leaders' threat perceptions",
            InterveningVariable.Rapport => $"without the {focal}-{partner} rapport",
            InterveningVariable.Channels => $"without {focal}'s channels into {partner}'s circle",
            InterveningVariable.DomesticClout => "without domestic groups' clout",
            InterveningVariable.VetoPlayers => "without veto players (implemented outcome)",
            _ => "without any intervening variable (systemic reading alone; implemented outcome)",
        };
    }

    private static List<string> Explain(IssueAnalysis a)
    {
        var lines = new List<string>();
        foreach (var p in a.Phases)
        {
            var text = $"{p.Period.Id}: {CaseNames.Of(p.Label)} because {p.Rule}";
            if (p.PartnerMove is { } move)
            {
                text += $"; the partner went from {N(p.PartnerBefore)} to {N(p.PartnerNow)} (distance from the focal ideal {N(p.FocalReference)} changed by {Pct(move)} of the scale, jump {Pct(p.PartnerJump ?? 0)})";
            }

            if (p.Forecast is { } f)
            {
                text += $"; forecast {N(f)} with persuasion (access {p.Access:0.00}), {N(p.ForecastWithoutPersuasion)} without";
            }

            if (p.Opening is { } o)
            {
                text += $"; the focal state moved {Pct(o.Share)} of the scale towards {o.Actor}";
            }

            if (p.OverHead.Count > 0)
            {
                text += $"; the partner acted over its head ({string.Join(", ", p.OverHead)})";
            }

            lines.Add(text + ".");
        }

        lines.Add($"Implementation: {a.Implementation.Pace} (resistance {a.Implementation.Resistance:0.00}{(a.Implementation.VetoPlayer is { } v ? $" from {v}" : string.Empty)}), implemented outcome {N(a.Implementation.Outcome)}.");
        // Every counterfactual is printed, whether or not it changes the label: a mechanism that does not carry the
        // label is a finding too.
        lines.AddRange(a.Counterfactuals.Select(c => c.Label == a.Label
            ? $"{Capitalise(c.Description)} the label would still be {CaseNames.Of(c.Label)} (forecast {N(c.Forecast)})."
            : $"{Capitalise(c.Description)} the label would be {CaseNames.Of(c.Label)} (forecast {N(c.Forecast)})."));
        if (a.AccessUsed > 0 || a.Forecast != a.ForecastWithoutPersuasion)
        {
            lines.Add($"Persuasion: the focal leader used access {a.AccessUsed:0.0#} (Eq. A5d); forecast {N(a.Forecast)} with it, {N(a.ForecastWithoutPersuasion)} without.");
        }
        return lines;
    }

    private static string N(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";

    private static string Pct(double share) => (share * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
