using Statecraft.Cases.Diagnostics;

namespace Statecraft.Coding.Petrarch;

/// <summary>What loading a dictionary file did: how many entries it took and which lines it refused, and why.</summary>
/// <param name="File">The file.</param>
/// <param name="Kind">What the file was read as (verbs, actors, agents, discards, issues, or a project table).</param>
/// <param name="Entries">Entries loaded.</param>
/// <param name="Errors">Malformed lines, left out.</param>
public sealed record DictionaryLoadReport(string File, string Kind, int Entries, IReadOnlyList<InputError> Errors);
