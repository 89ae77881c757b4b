using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Vocabulary;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Actors;

/// <summary>
/// Reads the project's actor tables (<c>data/coding/states.tsv</c>, <c>people.tsv</c>, <c>igos.tsv</c>,
/// <c>agents.tsv</c>, or a user's files in the same formats) into an <see cref="ActorDictionaryBuilder"/>.
/// Malformed rows are collected as <see cref="InputError"/>s and left out.
/// </summary>
internal static class ActorTables
{
    /// <summary>States: <c>code, names, demonyms, metonyms</c> (metonyms may carry <c>=AGENT</c>; default GOV).</summary>
    public static void AddStates(ActorDictionaryBuilder builder, IEnumerable<TableRow> rows, string file, List<InputError> errors)
    {
        foreach (var row in rows)
        {
            var code = row.Fields[0].Trim();
            if (!Countries.IsIso3(code))
            {
                errors.Add(new InputError(file, row.Line, 1, "code", $"'{code}' is not an ISO 3166 alpha-3 code"));
                continue;
            }

            foreach (var name in Names(row.Fields[1]))
            {
                builder.Add(name, new ActorEntry(ActorEntryKind.State, new StateReference(code, string.Empty), null));
            }

            foreach (var name in Names(row.Fields[2]))
            {
                builder.Add(name, new ActorEntry(ActorEntryKind.Demonym, new StateReference(code, string.Empty), null));
            }

            foreach (var metonym in Names(row.Fields[3]))
            {
                var parts = metonym.Split('=');
                var agent = parts.Length > 1 ? parts[1].Trim() : "GOV";
                builder.Add(parts[0], new ActorEntry(ActorEntryKind.Metonym, new StateReference(code, agent), agent));
            }
        }
    }

    /// <summary>Every state of <see cref="Countries"/> by its English short name (names the states table may lack).</summary>
    public static void AddCountryNames(ActorDictionaryBuilder builder)
    {
        foreach (var country in Countries.All)
        {
            if (!country.Name.Contains(',', StringComparison.Ordinal))
            {
                builder.Add(country.Name, new ActorEntry(ActorEntryKind.State, new StateReference(country.Iso3, string.Empty), null));
            }
        }
    }

    /// <summary>Organisations: <c>code, names</c>.</summary>
    public static void AddOrganizations(ActorDictionaryBuilder builder, IEnumerable<TableRow> rows, string file, List<InputError> errors)
    {
        foreach (var row in rows)
        {
            var code = row.Fields[0].Trim();
            if (code.Length < 3 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                errors.Add(new InputError(file, row.Line, 1, "code", $"'{code}' is not a CAMEO actor code (upper-case letters and digits)"));
                continue;
            }

            foreach (var name in Names(row.Fields[1]))
            {
                builder.Add(name, new ActorEntry(ActorEntryKind.Organization, new OrganizationReference(code), null));
            }
        }
    }

    /// <summary>Agents: <c>agent, nouns</c>; each noun also gets its plural in -s.</summary>
    public static void AddAgents(ActorDictionaryBuilder builder, IEnumerable<TableRow> rows, string file, List<InputError> errors)
    {
        foreach (var row in rows)
        {
            var agent = row.Fields[0].Trim();
            if (agent.Length != 3 || !agent.All(char.IsAsciiLetterUpper))
            {
                errors.Add(new InputError(file, row.Line, 1, "agent", $"'{agent}' is not a three-letter CAMEO agent code"));
                continue;
            }

            foreach (var noun in Names(row.Fields[1]))
            {
                var entry = new ActorEntry(ActorEntryKind.Agent, null, agent);
                builder.Add(noun, entry);
                if (!noun.EndsWith('s'))
                {
                    builder.Add(noun + "s", entry);
                }
            }
        }
    }

    /// <summary>People: <c>state, default agent, names, roles</c> (see <see cref="RoleParser"/>).</summary>
    public static void AddPeople(ActorDictionaryBuilder builder, IEnumerable<TableRow> rows, string file, List<InputError> errors)
    {
        foreach (var row in rows)
        {
            var code = row.Fields[0].Trim();
            var names = Names(row.Fields[2]).ToList();
            if (code.Length < 3 || names.Count == 0)
            {
                errors.Add(new InputError(file, row.Line, 0, "names", "a person needs a state or organisation code and at least one name"));
                continue;
            }

            if (!RoleParser.TryParse(row.Fields[3], out var roles, out var problem))
            {
                errors.Add(new InputError(file, row.Line, 4, "roles", problem!));
                continue;
            }

            builder.AddPerson(new Person(names[0], code, row.Fields[1].Trim(), roles), names);
        }
    }

    private static string[] Names(string? field) =>
        (field ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
