namespace Statecraft.Coding.Ontology;

/// <summary>A CAMEO event type with the attributes analyses aggregate by.</summary>
/// <param name="Code">The CAMEO code as a string: <c>"010"</c> (make statement) is not <c>"10"</c>.</param>
/// <param name="Quad">Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">Goldstein (1992) conflict-cooperation weight, -10 to +10.</param>
/// <param name="Plover">PLOVER event type (AGREE, CONSULT, ...), or null where PLOVER has none (CAMEO 01).</param>
/// <param name="PloverMode">PLOVER mode (visit, phone, ...), or null.</param>
/// <param name="Label">The CAMEO label.</param>
public sealed record CameoEventType(string Code, int Quad, double Goldstein, string? Plover, string? PloverMode, string Label)
{
    /// <summary>The two-digit root (<c>"04"</c> for <c>"042"</c>).</summary>
    public string Root => Code[..2];
}
