using System.Text.Json.Serialization;
using Statecraft.Cases.Model;

namespace Statecraft.Web.Services;

/// <summary>An edit of one actor's position, salience or capability on one issue in one period, from the scenario editor.</summary>
public sealed record PositionEdit(
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("issue")] string Issue,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("position")] double? Position,
    [property: JsonPropertyName("salience")] double? Salience,
    [property: JsonPropertyName("capability")] double? Capability);

/// <summary>An edit of a tie's affinity (a leader tie, for instance), from the scenario editor.</summary>
public sealed record TieEdit(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("affinity")] double Affinity);

/// <summary>
/// A scenario built in the browser: optionally one of the case's named scenarios, then the editor's position and tie edits.
/// It becomes a <see cref="Scenario"/> of <c>setPosition</c> and <c>setTie</c> edits, applied by the case library.
/// </summary>
public sealed record ScenarioEdits(
    [property: JsonPropertyName("base")] string? Base,
    [property: JsonPropertyName("positions")] IReadOnlyList<PositionEdit>? Positions,
    [property: JsonPropertyName("ties")] IReadOnlyList<TieEdit>? Ties)
{
    /// <summary>The id the edited scenario carries in the analysis (<c>"scenario": "edited"</c>).</summary>
    public const string EditedId = "edited";

    /// <summary>Most edits one request may carry; the editor sends one per slider.</summary>
    public const int MaxEdits = 500;

    /// <summary>The edits as a case scenario, after the base scenario's own edits.</summary>
    public Scenario ToScenario(Case c)
    {
        var baseEdits = Base is null ? [] : (c.FindScenario(Base) ?? throw new NotFoundException($"case '{c.Id}' has no scenario '{Base}'")).Edits;
        IEnumerable<ScenarioEdit> positions = (Positions ?? []).Select(p => new SetPosition(p.Actor, p.Issue, p.Period, p.Position, p.Salience, p.Capability));
        IEnumerable<ScenarioEdit> ties = (Ties ?? []).Select(t => new SetTie(t.From, t.To, t.Affinity, null));
        var edits = baseEdits.Concat(positions).Concat(ties).ToList();
        return new Scenario(EditedId, "Edited in the dashboard", null, edits, new Provenance(null, "Edited in the dashboard."));
    }

    public int Count => (Positions?.Count ?? 0) + (Ties?.Count ?? 0);
}
