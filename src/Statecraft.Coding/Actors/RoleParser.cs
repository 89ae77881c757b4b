using System.Diagnostics.CodeAnalysis;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Coding.Actors;

/// <summary>Parses dated roles: <c>GOV 2012-12-26..2020-09-16 prime minister; GOV 2025-01-20.. president</c>.</summary>
internal static class RoleParser
{
    public static bool TryParse(string? text, out IReadOnlyList<ActorRole> roles, [NotNullWhen(false)] out string? problem)
    {
        var list = new List<ActorRole>();
        roles = list;
        problem = null;
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            var range = words.Length >= 2 ? words[1].Split("..") : [];
            if (words.Length < 2 || words[0].Length != 3 || range.Length != 2
                || !PartialDate.TryParse(range[0], out var from)
                || (range[1].Length > 0 && !PartialDate.TryParse(range[1], out _)))
            {
                problem = $"role '{part}' is not 'AGENT FROM..TO title' (dates YYYY, YYYY-MM or YYYY-MM-DD)";
                return false;
            }

            DateOnly? to = range[1].Length > 0 ? PartialDate.Parse(range[1]).End : null;
            list.Add(new ActorRole(words[0], from.Start, to, words.Length > 2 ? words[2] : string.Empty));
        }

        return true;
    }
}
