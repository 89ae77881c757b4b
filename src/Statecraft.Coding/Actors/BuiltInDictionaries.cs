using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Actors;

/// <summary>The actor dictionary written for this project (<c>data/coding/</c>), compiled in.</summary>
internal static class BuiltInDictionaries
{
    /// <summary>Adds states, country names, organisations, people and agents to <paramref name="builder"/>.</summary>
    public static ActorDictionaryBuilder AddBuiltInActors(this ActorDictionaryBuilder builder)
    {
        var errors = new List<InputError>();
        ActorTables.AddPeople(builder, EmbeddedTable.Rows("people.tsv"), "people.tsv", errors);
        ActorTables.AddOrganizations(builder, EmbeddedTable.Rows("igos.tsv"), "igos.tsv", errors);
        ActorTables.AddStates(builder, EmbeddedTable.Rows("states.tsv"), "states.tsv", errors);
        ActorTables.AddCountryNames(builder);
        ActorTables.AddAgents(builder, EmbeddedTable.Rows("agents.tsv"), "agents.tsv", errors);
        return errors.Count == 0 ? builder : throw new InvalidInputException(errors);
    }
}
