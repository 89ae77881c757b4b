using System.Globalization;
using Statecraft.Cases;

namespace Statecraft.Analysis.Tests;

/// <summary>
/// Small synthetic cases built to produce one label from the rules alone: a focal state (AUS), a partner (NZL) and a third
/// state (IDN), one issue on 0..100, and positions the test chooses. The ids are not the reference case's, so nothing
/// can depend on them.
/// </summary>
internal static class SyntheticCase
{
    /// <summary>One actor's position line: actor, period, position, salience, capability.</summary>
    public sealed record P(string Actor, string Period, double Position, double Salience, double Capability);

    public static Case Build(IEnumerable<P> positions, double tie = 0, string extraStimuli = "", double statusQuo = 50, bool extraIssue = false)
    {
        var other = extraIssue
            ? "  - { id: other, title: Another issue, scale: { min: 0, max: 100, low: none, high: all }, statusQuo: { value: 50, judgement: synthetic }, positions: "
              + "[{ actor: f-leader, period: before, position: 50, salience: 0.5, capability: 1, judgement: synthetic }, { actor: p-old, period: before, position: 50, salience: 0.5, capability: 1, judgement: synthetic }, "
              + "{ actor: f-leader, period: after, position: 50, salience: 0.5, capability: 1, judgement: synthetic }, { actor: p-new, period: after, position: 50, salience: 0.5, capability: 1, judgement: synthetic }] }"
            : string.Empty;
        var lines = string.Join("\n", positions.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"      - {{ actor: {p.Actor}, period: {p.Period}, position: {p.Position}, salience: {p.Salience}, capability: {p.Capability}, judgement: synthetic }}")));
        var yaml = $$"""
            formatVersion: 1
            id: synthetic
            title: Synthetic case
            focal: AUS
            partner: NZL
            shock: change
            periods:
              - { id: before, from: 2019-01-01, to: 2019-12-31 }
              - { id: after, from: 2020-01-01, to: 2020-12-31 }
              - { id: later, from: 2021-01-01, to: 2021-12-31 }
            sources:
              - { id: s, citation: "Synthetic case written for the tests." }
            actors:
              - { id: AUS, kind: state, name: Focal }
              - { id: NZL, kind: state, name: Partner }
              - { id: IDN, kind: state, name: Third }
              - id: f-leader
                kind: person
                name: Focal leader
                state: AUS
                roles:
                  - { title: prime-minister, of: AUS, from: 2015-01-01, source: s }
              - id: p-old
                kind: person
                name: Old partner leader
                state: NZL
                roles:
                  - { title: prime-minister, of: NZL, from: 2015-01-01, to: 2019-12-31, source: s }
              - id: p-new
                kind: person
                name: New partner leader
                state: NZL
                roles:
                  - { title: prime-minister, of: NZL, from: 2020-01-01, source: s }
              - { id: t-leader, kind: person, name: Third leader, state: IDN }
              - { id: lobby, kind: group, name: Focal lobby, state: AUS }
            ties:
              - { from: f-leader, to: p-new, affinity: {{tie.ToString(CultureInfo.InvariantCulture)}}, judgement: synthetic }
            issues:
              - id: issue
                title: One issue
                scale: { min: 0, max: 100, low: "none", high: "all" }
                statusQuo: { value: {{statusQuo.ToString(CultureInfo.InvariantCulture)}}, judgement: synthetic }
                positions:
            {{lines}}
            {{other}}
            stimuli:
              - { id: change, date: 2019-12-31, kind: leader-change, actor: NZL, summary: "The partner's leader changes.", source: s }
            {{extraStimuli}}
            """;
        return CaseLoader.LoadText(yaml, "synthetic.yaml");
    }
}
