namespace Statecraft.Cases.Model;

/// <summary>A named counterfactual: a list of edits applied to the case before the analysis re-runs.</summary>
public sealed record Scenario(string Id, string Title, string? Description, IReadOnlyList<ScenarioEdit> Edits, Provenance Provenance) : Located;

/// <summary>One edit of a scenario; see docs/case-format.md, "scenarios".</summary>
public abstract record ScenarioEdit : Located
{
    /// <summary>The edit's key in the case file (<c>setPosition</c>, ...).</summary>
    public abstract string Verb { get; }
}

/// <summary>Overwrites parts of one existing position.</summary>
public sealed record SetPosition(string Actor, string Issue, string Period, double? Position, double? Salience, double? Capability) : ScenarioEdit
{
    public override string Verb => "setPosition";
}

/// <summary>Gives one actor in one period the positions another actor held in another period.</summary>
internal sealed record CopyPositions(string FromActor, string FromPeriod, string ToActor, string ToPeriod, IReadOnlyList<string> Issues) : ScenarioEdit
{
    public override string Verb => "copyPositions";
}

/// <summary>Drops one position.</summary>
internal sealed record RemovePosition(string Actor, string Issue, string Period) : ScenarioEdit
{
    public override string Verb => "removePosition";
}

/// <summary>Sets or adds a tie.</summary>
public sealed record SetTie(string From, string To, double Affinity, TieKind? Kind) : ScenarioEdit
{
    public override string Verb => "setTie";
}

/// <summary>Sets or adds an actor attribute.</summary>
internal sealed record SetAttribute(string Actor, string Name, double Value) : ScenarioEdit
{
    public override string Verb => "setAttribute";
}

/// <summary>Drops a stimulus.</summary>
internal sealed record RemoveStimulus(string Stimulus) : ScenarioEdit
{
    public override string Verb => "removeStimulus";
}
