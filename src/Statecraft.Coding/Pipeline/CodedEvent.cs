using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Ontology;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// A dated who-did-what-to-whom event with the sentence it came from. Its fields are the coder's output contract
/// (docs/coding-rules.md, "Output"): <c>doc, sentence, date, date_precision, source, source_country, target,
/// target_country, cameo, quad, goldstein, plover, issues, negated, text</c>.
/// </summary>
/// <param name="Doc">The document id.</param>
/// <param name="Sentence">0-based index of the sentence in the document.</param>
/// <param name="Date">The resolved date; for <see cref="DatePrecision.Document"/>, the document's date or null.</param>
/// <param name="Precision">How the date was found: day, month, year from the narrative, or the document's date.</param>
/// <param name="Source">Source actor code (CAMEO: <c>JPNGOV</c>).</param>
/// <param name="SourceCountry">ISO alpha-3 of the source, or null for organisations.</param>
/// <param name="Target">Target actor code.</param>
/// <param name="TargetCountry">ISO alpha-3 of the target, or null.</param>
/// <param name="Type">The CAMEO event type (code, quad class, Goldstein weight, PLOVER type).</param>
/// <param name="Issues">Issue tags of the sentence.</param>
/// <param name="Negated">Whether the verb was negated: the event did not happen.</param>
/// <param name="Text">The sentence.</param>
public sealed record CodedEvent(
    string Doc,
    int Sentence,
    PartialDate? Date,
    DatePrecision Precision,
    string Source,
    string? SourceCountry,
    string Target,
    string? TargetCountry,
    CameoEventType Type,
    IReadOnlyList<string> Issues,
    bool Negated,
    string Text)
{
    /// <summary>The date as the output writes it: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, or null.</summary>
    public string? DateText => Date?.ToString();

    /// <summary>The precision as the output writes it: <c>day</c>, <c>month</c>, <c>year</c> or <c>document</c>.</summary>
    public string PrecisionText => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "document",
    };
}
