using Statecraft.Cases.Diagnostics;
using Statecraft.Coding.Actors;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Issues;
using Statecraft.Coding.Pipeline;
using Statecraft.Coding.Resources;

namespace Statecraft.Coding.Petrarch;

/// <summary>
/// Loads a user's dictionary file into a pipeline builder, recognising the project's tables by their header and
/// PETRARCH/TABARI files by name (verbs, actors, agents, discards, issues) or content.
/// </summary>
public static class DictionaryFiles
{
    /// <summary>Loads <paramref name="path"/>; throws <see cref="InvalidInputException"/> when it cannot be read at all.</summary>
    public static DictionaryLoadReport Load(CoderPipelineBuilder builder, string path)
    {
        var text = FileText.TryRead(path, out var problem)
            ?? throw new InvalidInputException(new InputError(path, 0, 0, string.Empty, problem!));
        var kind = Detect(path, text);
        using var reader = new StringReader(text);
        var errors = new List<InputError>();
        switch (kind)
        {
            case "verbs":
                DictionaryLoadReport? verbs = null;
                builder.AddVerbs(v => verbs = PetrarchVerbReader.Load(reader, path, v));
                return verbs!;
            case "actors":
                DictionaryLoadReport? actors = null;
                builder.AddActors(a => actors = PetrarchActorReader.Load(reader, path, a));
                return actors!;
            case "agents":
                DictionaryLoadReport? agents = null;
                builder.AddActors(a => agents = PetrarchAgentReader.Load(reader, path, a));
                return agents!;
            case "discards":
                var (phrases, discardReport) = PetrarchListReaders.Discards(reader, path);
                builder.AddDiscards(phrases);
                return discardReport;
            case "issues":
                var (keywords, issueReport) = PetrarchListReaders.Issues(reader, path);
                builder.UseIssues(builder.Issues.With(keywords));
                return issueReport;
            default:
                return Table(builder, kind, EmbeddedTable.Rows(reader).ToList(), path, errors);
        }
    }

    private static DictionaryLoadReport Table(CoderPipelineBuilder builder, string kind, List<TableRow> rows, string path, List<InputError> errors)
    {
        switch (kind)
        {
            case "table:verbs": builder.AddVerbs(v => v.AddTable(rows, path, errors)); break;
            case "table:people": builder.AddActors(a => ActorTables.AddPeople(a, rows, path, errors)); break;
            case "table:states": builder.AddActors(a => ActorTables.AddStates(a, rows, path, errors)); break;
            case "table:organizations": builder.AddActors(a => ActorTables.AddOrganizations(a, rows, path, errors)); break;
            case "table:agents": builder.AddActors(a => ActorTables.AddAgents(a, rows, path, errors)); break;
            case "table:issues": builder.UseIssues(IssueTagger.FromRows(rows, path, errors, builder.Issues)); break;
            default: throw new InvalidInputException(new InputError(path, 1, 0, string.Empty, "not a dictionary: expected a data/coding table header or a PETRARCH verbs, actors, agents, discards or issues file"));
        }

        return new DictionaryLoadReport(path, kind, rows.Count - errors.Count, errors);
    }

    /// <summary>What kind of dictionary a file is: by its table header, then by file name, then by content.</summary>
    public static string Detect(string path, string text)
    {
        var header = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? string.Empty;
        var table = header switch
        {
            "code\tpattern" => "table:verbs",
            "state\tdefault\tnames\troles" => "table:people",
            "code\tnames\tdemonyms\tmetonyms" => "table:states",
            "code\tnames" => "table:organizations",
            "agent\tnouns" => "table:agents",
            "tag\tkeywords" => "table:issues",
            _ => null,
        };
        if (table is not null)
        {
            return table;
        }

        var name = Path.GetFileName(path).ToUpperInvariant();
        foreach (var kind in new[] { "VERBS", "AGENTS", "ACTORS", "DISCARDS", "ISSUE" })
        {
            if (name.Contains(kind, StringComparison.Ordinal))
            {
                return kind == "ISSUE" ? "issues" : kind.ToLowerInvariant();
            }
        }

        return text.Contains("\n--- ", StringComparison.Ordinal) ? "verbs"
            : text.Contains("<ISSUE", StringComparison.Ordinal) ? "issues"
            : text.Contains("[~", StringComparison.Ordinal) || text.Contains("~]", StringComparison.Ordinal) ? "agents"
            : text.Contains('[', StringComparison.Ordinal) ? "actors"
            : "discards";
    }
}
