using Statecraft.Cases.Vocabulary;

namespace Statecraft.Store.Events;

/// <summary>
/// One event as the store keeps it: who did what to whom and when, coded in CAMEO, with its evidence.
/// </summary>
/// <param name="Key">Identity used to spot duplicates: the source's own id (GDELT, ICEWS) or the coder's document, sentence and codes.</param>
/// <param name="Doc">The document the event was coded from (for GDELT, the article's address), when known.</param>
/// <param name="Sentence">0-based sentence index in <paramref name="Doc"/>, when known.</param>
/// <param name="Date">The event's date (first day of its period when less precise than a day).</param>
/// <param name="Precision">How much of <paramref name="Date"/> is known.</param>
/// <param name="Source">Source actor code (CAMEO style: <c>JPNGOV</c>), or null.</param>
/// <param name="SourceCountry">The source actor's country code (ISO alpha-3 for states), or null.</param>
/// <param name="Target">Target actor code, or null.</param>
/// <param name="TargetCountry">The target actor's country code, or null.</param>
/// <param name="Cameo">CAMEO event code as a string: <c>"010"</c> and <c>"10"</c> differ.</param>
/// <param name="Quad">Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">Goldstein weight (-10..10), or null when the source gives none.</param>
/// <param name="Plover">PLOVER event type, or null.</param>
/// <param name="Issues">Issue tags (<c>trade</c>, <c>security</c>).</param>
/// <param name="Negated">Whether the sentence negates the act.</param>
/// <param name="Evidence">The sentence the event was coded from, when the source carries it.</param>
internal sealed record StoredEvent(
    string Key,
    string? Doc,
    int? Sentence,
    DateOnly Date,
    DatePrecision Precision,
    string? Source,
    string? SourceCountry,
    string? Target,
    string? TargetCountry,
    string Cameo,
    int Quad,
    double? Goldstein,
    string? Plover,
    IReadOnlyList<string> Issues,
    bool Negated,
    string? Evidence);
