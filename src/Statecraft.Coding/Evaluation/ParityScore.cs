using System.Globalization;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Evaluation;

/// <summary>
/// Per-sentence agreement with PETRARCH2's own output (reference_outputs/gigaword_petrarch2_sentence_events.tsv:
/// sentence_id, date, status, source, target, cameo). Exact: same source code, target code and CAMEO code in the same
/// sentence. Country level: same source and target states (first three letters) and the same CAMEO root (two digits).
/// </summary>
internal sealed record ParityScore(int ReferenceEvents, int Reproduced, int ReproducedByCountry, int OurEvents, int OursInReference, int Sentences, int SentencesIdentical)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"PETRARCH2 events reproduced exactly {Reproduced}/{ReferenceEvents} ({Share(Reproduced, ReferenceEvents):0.00}), " +
        $"by countries and CAMEO root {ReproducedByCountry}/{ReferenceEvents} ({Share(ReproducedByCountry, ReferenceEvents):0.00}); " +
        $"our events PETRARCH2 also gives {OursInReference}/{OurEvents} ({Share(OursInReference, OurEvents):0.00}); " +
        $"sentences with identical events {SentencesIdentical}/{Sentences}");

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Scores <paramref name="ours"/> (events by sentence id) against the reference table's text.</summary>
    public static ParityScore Score(string referenceTsv, IReadOnlyDictionary<string, List<CodedEvent>> ours)
    {
        var reference = new Dictionary<string, List<(string Source, string Target, string Code)>>(StringComparer.Ordinal);
        foreach (var line in referenceTsv.Split('\n').Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 6)
            {
                continue;
            }

            var events = reference.TryGetValue(f[0], out var list) ? list : reference[f[0]] = [];
            if (f[2].StartsWith("events", StringComparison.Ordinal))
            {
                events.Add((f[3], f[4], f[5]));
            }
        }

        int total = 0, exact = 0, byCountry = 0, ourTotal = 0, ourExact = 0, identical = 0;
        foreach (var (id, expected) in reference)
        {
            var found = (ours.TryGetValue(id, out var e) ? e : []).Select(x => (x.Source, x.Target, x.Type.Code)).Distinct().ToList();
            total += expected.Count;
            exact += expected.Count(x => found.Contains(x));
            byCountry += expected.Count(x => found.Exists(y => Country(y.Source) == Country(x.Source) && Country(y.Target) == Country(x.Target) && Root(y.Code) == Root(x.Code)));
            ourTotal += found.Count;
            ourExact += found.Count(x => expected.Contains(x));
            identical += found.Count == expected.Distinct().Count() && found.All(expected.Contains) ? 1 : 0;
        }

        return new ParityScore(total, exact, byCountry, ourTotal, ourExact, reference.Count, identical);
    }

    private static string Country(string code) => code.Length >= 3 ? code[..3] : code;

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;
}
