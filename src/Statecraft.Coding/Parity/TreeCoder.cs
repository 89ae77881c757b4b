using Statecraft.Coding.Documents;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Coding.Parity;

/// <summary>
/// PETRARCH2 parity mode, first step: a record that carries a Penn Treebank parse is coded clause by clause from the
/// tree (<see cref="TreeClauses"/>), each clause by the ordinary pattern coder, and the events of its clauses are
/// merged (one per source, target and code). A record without a usable parse is coded from its text.
/// </summary>
/// <remarks>
/// What this does not port yet: PETRARCH2's verb-phrase head matching against the pattern's noun and preposition
/// slots, its compound-actor splitting inside noun phrases, and its synset expansion; the coder's own patterns
/// (CAMEO.2.0 loaded by <see cref="Petrarch.DictionaryFiles"/>) stand in for them. bench/README.md gives the
/// measured agreement with PETRARCH2's own output.
/// </remarks>
internal sealed class TreeCoder(CoderPipeline pipeline)
{
    public List<CodedEvent> Code(PetrarchRecord record, Cases.Vocabulary.PartialDate? date)
    {
        var tree = record.Parse is { } parse ? PennTree.Parse(parse) : null;
        var clauses = tree is null ? [] : TreeClauses.Of(tree);
        if (clauses.Count == 0)
        {
            return [.. pipeline.Code(new Document(record.Id, record.Text, date))];
        }

        var events = new List<CodedEvent>();
        foreach (var clause in clauses)
        {
            foreach (var coded in pipeline.Code(new Document(record.Id, clause, date)))
            {
                if (!events.Exists(e => e.Source == coded.Source && e.Target == coded.Target && e.Type.Code == coded.Type.Code))
                {
                    events.Add(coded with { Text = record.Text });
                }
            }
        }

        return events;
    }
}
