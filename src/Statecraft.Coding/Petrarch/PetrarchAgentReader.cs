using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Actors;

namespace Statecraft.Coding.Petrarch;

/// <summary>
/// Reads a PETRARCH agent dictionary (Phoenix.agents.txt): <c>PHRASE {PLURAL} [~CODE]</c> (agent appended to the
/// state: JPN + GOV) or <c>[CODE~]</c>, with <c>!PERSON! = MAN, MEN, ...</c> substitutions. Without <c>{...}</c> the
/// regular plural is formed as PETRARCH forms it (its dictionary documentation: +S, Y to IES, SS to SSES).
/// </summary>
internal static class PetrarchAgentReader
{
    public static DictionaryLoadReport Load(TextReader reader, string file, ActorDictionaryBuilder builder)
    {
        var errors = new List<InputError>();
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = 0;
        var number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            var line = PetrarchText.StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                var sides = line.Split('=', 2);
                substitutions[sides[0].Trim()] = sides[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }

            entries += AddLine(line, number, file, builder, substitutions, errors);
        }

        return new DictionaryLoadReport(file, "PETRARCH agents", entries, errors);
    }

    private static int AddLine(string line, int number, string file, ActorDictionaryBuilder builder, Dictionary<string, string[]> substitutions, List<InputError> errors)
    {
        var open = line.IndexOf('[', StringComparison.Ordinal);
        var close = line.IndexOf(']', StringComparison.Ordinal);
        var code = open >= 0 && close > open ? line[(open + 1)..close].Trim().Trim('~') : string.Empty;
        if (!PetrarchText.IsCode(code))
        {
            errors.Add(new InputError(file, number, 0, string.Empty, $"agent line '{line}' has no [~CODE] or [CODE~]"));
            return 0;
        }

        var head = line[..open];
        var plural = head.IndexOf('{', StringComparison.Ordinal);
        var root = (plural >= 0 ? head[..plural] : head).Trim();
        var phrases = new List<string> { root };
        if (plural >= 0)
        {
            // "{}" says the root has no plural of its own ("POLICE {}"); "{ATTORNEYS_GENERAL}" gives the irregular one.
            phrases.AddRange(head[(plural + 1)..].TrimEnd().TrimEnd('}').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        else if (!root.Contains('!', StringComparison.Ordinal))
        {
            // PETRARCH forms regular plurals itself ("ACTIVIST" also codes "activists"); substitution markers
            // (!PERSON!) list their plural forms already.
            phrases.Add(RegularPlural(root));
        }

        var entry = new ActorEntry(ActorEntryKind.Agent, null, code);
        foreach (var phrase in phrases.SelectMany(p => Expand(p, substitutions)))
        {
            builder.Add(PetrarchText.Phrase(phrase).ToLowerInvariant(), entry, caseSensitive: false);
        }

        return 1;
    }

    /// <summary>PETRARCH's regular plural of a phrase's last word: -Y to -IES, -SS to -SSES, otherwise -S.</summary>
    internal static string RegularPlural(string phrase) =>
        phrase.EndsWith('Y') || phrase.EndsWith('y') ? phrase[..^1] + "IES"
        : phrase.EndsWith("SS", StringComparison.OrdinalIgnoreCase) ? phrase + "ES"
        : phrase + "S";

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> substitutions)
    {
        var marker = substitutions.Keys.FirstOrDefault(k => phrase.Contains(k, StringComparison.Ordinal));
        return marker is null ? [phrase] : substitutions[marker].SelectMany(s => Expand(phrase.Replace(marker, s, StringComparison.Ordinal), substitutions));
    }
}
