using Statecraft.Cases.Fields;

namespace Statecraft.Cases.Model;

/// <summary>
/// A case: everything known about how a focal state answered a shock from a partner, every number with its source.
/// </summary>
/// <remarks>Read with <c>CaseReader</c>, checked with <c>CaseValidator</c>; see docs/case-format.md.</remarks>
public sealed record Case : Located
{
    /// <summary>The format version this library writes; it reads this one and <see cref="OldestFormatVersion"/> onwards.</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The oldest format version still read: a version-1 case is read as version 2 (docs/case-format.md, "Versions").</summary>
    public const int OldestFormatVersion = 1;

    /// <summary>
    /// What version 2 changed, told to the author of a version-1 case (<c>case validate</c>, <c>case migrate</c>). Every
    /// change adds to the format: a version-1 case means the same read as version 2.
    /// </summary>
    public static IReadOnlyList<string> ChangesSinceVersion1 { get; } =
    [
        "an observed label may be left out (read as 'unknown')",
        "periods take dates of any precision (2017-01 runs from the first to the last day of the month)",
        "actors and timeline entries take a free-text 'note'",
        "a tie may be 'undirected: true' (it then holds both ways)",
        "the focal side or the partner may be an organisation or union, its 'members' on its side",
        "an 'alliances' section (treaties, forces hosted) for the basic vector",
        "a state's 'government' and roles' 'acting' and 'suspended' decide its executive",
    ];

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The state whose responses the case explains.</summary>
    public required string Focal { get; init; }

    /// <summary>The state whose change is the shock.</summary>
    public required string Partner { get; init; }

    /// <summary>The id of the stimulus that is the shock.</summary>
    public required string Shock { get; init; }

    public IReadOnlyList<Period> Periods { get; init; } = [];

    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Tie> Ties { get; init; } = [];

    public IReadOnlyList<Issue> Issues { get; init; } = [];

    public IReadOnlyList<DatedEntry> Stimuli { get; init; } = [];

    public IReadOnlyList<DatedEntry> Events { get; init; } = [];

    /// <summary>The structural figures: those written in the case and, once it is loaded with tables, those its references read.</summary>
    public IReadOnlyList<StructuralFigure> Structural { get; init; } = [];

    /// <summary>The structural entries that name a table instead of giving values (docs/case-format.md, "structural").</summary>
    public IReadOnlyList<StructuralReference> StructuralReferences { get; init; } = [];

    /// <summary>Alliance evidence between the case's states: treaties and forces hosted (the basic vector's Eq. S7).</summary>
    public IReadOnlyList<Alliance> Alliances { get; init; } = [];

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public IReadOnlyList<Observation> Observed { get; init; } = [];

    public IReadOnlyList<Scenario> Scenarios { get; init; } = [];

    /// <summary>The observed basic-vector verdict, where the case records one.</summary>
    public ObservedVector? BasicVector { get; init; }

    /// <summary>The case with the figures its structural references read written in as figures: what a program without the tables can read.</summary>
    public Case WithFiguresWritten() =>
        this with { StructuralReferences = [], Structural = [.. Structural.Select(f => f with { Reference = null })] };

    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    public Issue? FindIssue(string id) => Issues.FirstOrDefault(i => i.Id == id);

    public Period? FindPeriod(string id) => Periods.FirstOrDefault(p => p.Id == id);

    public Scenario? FindScenario(string id) => Scenarios.FirstOrDefault(s => s.Id == id);

    public DatedEntry? FindStimulus(string id) => Stimuli.FirstOrDefault(s => s.Id == id);

    public Observation? FindObservation(string issueId) => Observed.FirstOrDefault(o => o.Issue == issueId);
}

/// <summary>A named stretch of time positions refer to, such as the periods before and after the shock.</summary>
public sealed record Period(string Id, DateOnly From, DateOnly To, string? Title) : Located
{
    /// <summary>Dates of any precision: a period from 2017-01 to 2017-03 runs from 1 January to 31 March.</summary>
    internal static RecordShape<Period> Shape { get; } = new RecordShape<Period>(new(string.Empty, default, default, null)).InFlow()
        .Text("id", p => p.Id, (p, v) => p with { Id = v }, required: true)
        .Day("from", p => p.From, (p, v) => p with { From = v }, end: false, required: true)
        .Day("to", p => p.To, (p, v) => p with { To = v }, end: true, required: true)
        .Text("title", p => p.Title, (p, v) => p with { Title = v });

    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>A work cited: every fact in a case names one, or says it is the analyst's judgement.</summary>
public sealed record Source(string Id, string Citation, string? Url, Vocabulary.PartialDate? Published, string? Kind) : Located
{
    internal static RecordShape<Source> Shape { get; } = new RecordShape<Source>(new(string.Empty, string.Empty, null, null, null)).InFlow()
        .Text("id", s => s.Id, (s, v) => s with { Id = v }, required: true)
        .Text("citation", s => s.Citation, (s, v) => s with { Citation = v }, required: true)
        .Text("url", s => s.Url, (s, v) => s with { Url = v })
        .Date("published", s => s.Published, (s, v) => s with { Published = v })
        .Text("kind", s => s.Kind, (s, v) => s with { Kind = v });
}
