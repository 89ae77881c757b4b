using Statecraft.Cases.Diagnostics;
using Statecraft.Testing;

namespace Statecraft.Cases.Tests.Validation;

/// <summary>Each row breaks one field of the full-feature case and names the error it must give, with file and line.</summary>
public class CaseValidatorTests
{
    public static TheoryData<string, string, string, string> Breakages => new()
    {
        { "issues.yaml", "actor: farmers, period: after", "actor: farmerz, period: after", "issues.yaml:12:18: issues[0].positions[4].actor: unknown actor 'farmerz'" },
        { "issues.yaml", "position: 40, salience: 0.9", "position: 40, salience: 1.5", "issues.yaml:12:66: issues[0].positions[4].salience: salience 1.5 is outside 0..1" },
        { "issues.yaml", "position: 20, salience: 0.7", "position: 120, salience: 0.7", "issues.yaml:11:51: issues[0].positions[3].position: position 120 is outside the scale 0..100 of issue 'trade'" },
        { "issues.yaml", "range: [10, 35]", "range: [35, 10]", "issues.yaml:11:94: issues[0].positions[3].range: range [35, 10] is not ordered" },
        { "issues.yaml", "capability: 0.2, source: memo", "capability: 0.2", "issues.yaml:12:9: issues[0].positions[4]: needs 'source:' or 'judgement:'" },
        { "issues.yaml", "capability: 0.2, source: memo", "capability: 0.2, source: memx", "issues.yaml:12:96: issues[0].positions[4].source: unknown source 'memx'" },
        { "issues.yaml", "statusQuo: { value: 70", "statusQuo: { value: 170", "issues.yaml:6:25: issues[0].statusQuo.value: status quo 170 is outside the scale 0..100 of issue 'trade'" },
        { "issues.yaml", "- { actor: pm-a, period: after, position: 0.6", "- { actor: pm-a, period: before, position: 0.6", "issues.yaml:20:9: issues[1].positions[1]: 'pm-a' already has a position on 'security' in period 'before'" },
        { "actors.yaml", "{ id: CHN, kind: state", "{ id: CHA, kind: state", "actors.yaml:4:11: actors[2].id: 'CHA' is not an ISO 3166-1 alpha-3 code" },
        { "actors.yaml", "{ id: dfat,", "{ id: farmers,", "actors.yaml:55:9: actors[12].id: duplicate id 'farmers' (first defined at actors.yaml:43)" },
        { "actors.yaml", "from: 2020-11-06, source: synthetic }", "from: 2020-11-01, source: synthetic }", "actors.yaml:28:9: actors[5].roles[1]: role 'prime-minister' of NZL overlaps the one held by 'pm-old' (actors.yaml:21)" },
        { "actors.yaml", "to: 2020-11-06, suspended", "to: 2016-11-06, suspended", "actors.yaml:21:65: actors[4].roles[0].to: role ends before it starts" },
        { "actors.yaml", "value: 0.6, judgement", "value: 1.6, judgement", "actors.yaml:14:34: actors[3].attributes[0].value: ideology 1.6 is outside -1..1" },
        { "actors.yaml", "affinity: 0.9", "affinity: 1.9", "actors.yaml:68:41: ties[1].affinity: affinity 1.9 is outside -1..1" },
        { "timeline.yaml", "date: 2021-03, part: mid", "date: 2020-10, part: mid", "timeline.yaml:3:25: stimuli[1].date: date 2020-10 is outside pm-new's role 'prime-minister'" },
        { "timeline.yaml", "role: prime-minister, target: AUS", "role: president, target: AUS", "timeline.yaml:3:82: stimuli[1].role: 'pm-new' has no role 'president'" },
        { "timeline.yaml", "cameo: \"036\"", "cameo: \"36x\"", "timeline.yaml:5:146: events[0].cameo: '36x' is not a CAMEO code" },
        { "timeline.yaml", "issues: [trade], summary: \"A summit.\"", "issues: [trades], summary: \"A summit.\"", "timeline.yaml:6:89: events[1].issues: unknown issue 'trades'" },
        { "structural.yaml", "{ state: NZL, year: 2020", "{ state: NZX, year: 2020", "structural.yaml:6:14: structural[4].state: 'NZX' is not an ISO 3166-1 alpha-3 code" },
        { "observed.yaml", "evidence: [tariff, summit]", "evidence: [tariff, sumit]", "observed.yaml:5:15: observed[0].evidence: unknown stimulus or event 'sumit'" },
        { "observed.yaml", "outcome: 30", "outcome: -30", "observed.yaml:3:14: observed[0].outcome: outcome -30 is outside the scale 0..100 of issue 'trade'" },
        { "scenarios.yaml", "removeStimulus: { stimulus: tariff }", "removeStimulus: { stimulus: tarif }", "scenarios.yaml:8:25: scenarios[0].edits[1].removeStimulus: scenario edit: unknown stimulus 'tarif'" },
        { "scenarios.yaml", "removePosition: { actor: CHN, issue: security, period: after }", "removePosition: { actor: CHN, issue: security, period: late }", "scenarios.yaml:17:25: scenarios[1].edits[4].removePosition: scenario edit: 'CHN' has no position on 'security' in period 'late'" },
        { "scenarios.yaml", "fromActor: pm-a, fromPeriod: before", "fromActor: farmers, fromPeriod: before", "scenarios.yaml:18:24: scenarios[1].edits[5].copyPositions: scenario edit: 'farmers' has no positions in period 'before' to copy" },
        { "case.yaml", "shock: nzl-election", "shock: nzl-elections", "case.yaml:11:8: shock: unknown stimulus 'nzl-elections'" },
        { "case.yaml", "formatVersion: 2", "formatVersion: 3", "case.yaml:3:16: formatVersion: formatVersion 1 or 2 is required" },
        { "sources.yaml", "kind: dataset, published: 2026-11 }", "kind: dataset, publishd: 2026-11 }", "sources.yaml:2:98: sources[0].publishd: unknown field 'publishd'" },
        { "sources.yaml", "published: 2021,", "published: 2021-13,", "sources.yaml:3:130: sources[1].published: expected a date YYYY, YYYY-MM or YYYY-MM-DD" },
        { "issues.yaml", "anchors: [{ at: 50,", "anchors: [{ at: 100,", "issues.yaml:5:119: issues[0].scale.anchors[0].at: anchor 100 must lie inside the scale 0..100 of issue 'trade'" },
        { "observed.yaml", "ally: AUS", "ally: AUX", "observed.yaml:15:" },
        { "observed.yaml", "basicVector: { held: true,", "basicVector: {", "observed.yaml:15:14: basicVector.held: required field is missing" },
        { "observed.yaml", "label: adapt", "label: resisted", "observed.yaml:4:12: observed[0].label: 'resisted' is not one of" },
        { "actors.yaml", "{ id: dfat, kind: agency, name: Foreign ministry, state: AUS }", "{ id: dfat, kind: agency, name: Foreign ministry, state: AUS, government: presidential }", "actors.yaml:43:79: actors[8].government: only a state has a government; 'dfat' is of kind agency" },
        { "actors.yaml", "government: parliamentary }\n  - { id: CHN", "government: federal }\n  - { id: CHN", "actors.yaml:3:60: actors[1].government: 'federal' is not one of presidential, parliamentary, semiPresidential" },
        { "actors.yaml", "suspended: [{ from: 2020-10-18 }]", "suspended: [{ from: 2016-10-18 }]", "actors.yaml:21:" },
        { "structural.yaml", "value: 25700000", "value: many", "structural.yaml:5:61: structural[3].value: expected a number" },
    };

    [Fact]
    public void Load_ActingHolderInsideTheHoldersSuspension_IsNotAnOverlap()
    {
        // Given: pm-new acts as prime minister from the day pm-old's suspension begins (2020-10-18).
        using var dir = new TempDirectory();
        var path = FullFeatureCase.CopyWith(dir, "actors.yaml", "{ title: prime-minister-elect, of: NZL, from: 2020-10-18,", "{ title: prime-minister, acting: true, of: NZL, from: 2020-10-18,");

        // When
        var loaded = CaseLoader.Load(path);

        // Then
        var acting = loaded.FindActor("pm-new")!.Roles[0];
        acting.Acting.ShouldBeTrue();
        loaded.FindActor("pm-old")!.Roles[0].DaysHeld(new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 31)).ShouldBe(17);
    }

    [Fact]
    public void Load_ActingHolderBeforeTheSuspension_IsAnOverlap()
    {
        using var dir = new TempDirectory();
        var path = FullFeatureCase.CopyWith(dir, "actors.yaml", "{ title: prime-minister-elect, of: NZL, from: 2020-10-18,", "{ title: prime-minister, acting: true, of: NZL, from: 2020-10-01,");

        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path)).Errors;

        errors.ShouldContain(e => e.Message.Contains("overlaps the one held by 'pm-old'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Load_BrokenField_NamesFileLineAndField(string file, string find, string replace, string expected)
    {
        // Given
        using var dir = new TempDirectory();
        var path = FullFeatureCase.CopyWith(dir, file, find, replace);

        // When
        var errors = Should.Throw<InvalidInputException>(() => CaseLoader.Load(path)).Errors;

        // Then
        var shown = errors.Select(e => e.ToString().Replace(dir.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList();
        shown.ShouldContain(s => s.StartsWith(expected, StringComparison.Ordinal), $"got: {string.Join(" | ", shown)}");
    }
}
