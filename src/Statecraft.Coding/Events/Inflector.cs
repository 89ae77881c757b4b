using System.Collections.Frozen;

namespace Statecraft.Coding.Events;

/// <summary>
/// The surface forms of a dictionary word: -s, -es, -ed, -ing, -ies/-ied, consonant doubling, -ise spellings
/// and the irregular verbs news text uses. Over-generation is harmless: a form that is not English never matches.
/// </summary>
internal static class Inflector
{
    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["be"] = ["is", "are", "was", "were", "been", "being", "am"],
        ["have"] = ["has", "had", "having"],
        ["meet"] = ["met"],
        ["pay"] = ["paid"],
        ["hold"] = ["held"],
        ["give"] = ["gave", "given"],
        ["take"] = ["took", "taken"],
        ["send"] = ["sent"],
        ["tell"] = ["told"],
        ["say"] = ["said"],
        ["speak"] = ["spoke", "spoken"],
        ["make"] = ["made"],
        ["break"] = ["broke", "broken"],
        ["fly"] = ["flew", "flown"],
        ["seek"] = ["sought"],
        ["bring"] = ["brought"],
        ["buy"] = ["bought"],
        ["lead"] = ["led"],
        ["leave"] = ["left"],
        ["see"] = ["saw", "seen"],
        ["come"] = ["came"],
        ["go"] = ["went", "gone"],
        ["strike"] = ["struck", "stricken"],
        ["shoot"] = ["shot"],
        ["fight"] = ["fought"],
        ["win"] = ["won"],
        ["lose"] = ["lost"],
        ["set"] = ["set"],
        ["put"] = ["put"],
        ["cut"] = ["cut"],
        ["hit"] = ["hit"],
        ["begin"] = ["began", "begun"],
        ["choose"] = ["chose", "chosen"],
        ["forgive"] = ["forgave", "forgiven"],
        ["withdraw"] = ["withdrew", "withdrawn"],
        ["draw"] = ["drew", "drawn"],
        ["write"] = ["wrote", "written"],
        ["keep"] = ["kept"],
        ["stand"] = ["stood"],
        ["understand"] = ["understood"],
        ["throw"] = ["threw", "thrown"],
        ["sell"] = ["sold"],
        ["freeze"] = ["froze", "frozen"],
        ["seize"] = ["seized"],
        ["undertake"] = ["undertook", "undertaken"],
        ["overthrow"] = ["overthrew", "overthrown"],
        ["shake"] = ["shook", "shaken"],
        ["lay"] = ["laid"],
        ["feel"] = ["felt"],
        ["beat"] = ["beaten"],
        ["spend"] = ["spent"],
        ["lend"] = ["lent"],
        ["rise"] = ["rose", "risen"],
        ["drive"] = ["drove", "driven"],
        ["shut"] = ["shut"],
        ["quit"] = ["quit"],
        ["bid"] = ["bid"],
        ["forbid"] = ["forbade", "forbidden"],
        ["bear"] = ["bore", "borne"],
        ["swear"] = ["swore", "sworn"],
        ["tear"] = ["tore", "torn"],
        ["hear"] = ["heard"],
        ["find"] = ["found"],
        ["get"] = ["got", "gotten"],
        ["run"] = ["ran"],
        ["think"] = ["thought"],
        ["teach"] = ["taught"],
        ["catch"] = ["caught"],
        ["stick"] = ["stuck"],
        ["slay"] = ["slew", "slain"],
        ["flee"] = ["fled"],
        ["deal"] = ["dealt"],
        ["mean"] = ["meant"],
        ["do"] = ["did", "does", "done"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every form of <paramref name="word"/> (folded, lower case), including the word itself.</summary>
    public static IReadOnlyCollection<string> Forms(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        if (Irregular.TryGetValue(word, out var irregular))
        {
            forms.UnionWith(irregular);
        }

        AddRegular(word, forms);
        if (word.EndsWith("ize", StringComparison.Ordinal))
        {
            var british = word[..^3] + "ise";
            forms.Add(british);
            AddRegular(british, forms);
        }

        return forms;
    }

    private static void AddRegular(string word, HashSet<string> forms)
    {
        if (word.Length < 2 || !char.IsLetter(word[^1]))
        {
            return;
        }

        var last = word[^1];
        var beforeLast = word[^2];
        if (last == 'e')
        {
            forms.UnionWith([word + "s", word + "d", word[..^1] + "ing", word + "ing"]);
        }
        else if (last == 'y' && !IsVowel(beforeLast))
        {
            forms.UnionWith([word[..^1] + "ies", word[..^1] + "ied", word + "ing"]);
        }
        else
        {
            var sibilant = word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal);
            forms.UnionWith([word + (sibilant ? "es" : "s"), word + "ed", word + "ing"]);
            if (!IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(beforeLast) && (word.Length < 3 || !IsVowel(word[^3])))
            {
                forms.UnionWith([word + last + "ed", word + last + "ing"]);
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
