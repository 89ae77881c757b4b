using System.ComponentModel;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Coding.Documents;
using Statecraft.Coding.Output;
using Statecraft.Coding.Pipeline;

namespace Statecraft.Cli.Commands.Coding;

/// <summary>Arguments of <c>statecraft code</c>.</summary>
public sealed class CodeSettings : CommandSettings
{
    [CommandArgument(0, "<FILES>")]
    [Description("Text, Markdown, HTML, JSONL ({id,date,text} per line) or PETRARCH XML files to code.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--date <DATE>")]
    [Description("Document date (YYYY-MM-DD, YYYY-MM or YYYY) for documents whose records give none.")]
    public string? Date { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: jsonl, csv or tsv. Default: jsonl.")]
    [DefaultValue(EventFormat.Jsonl)]
    [TypeConverter(typeof(ChoiceConverter<EventFormat>))]
    public EventFormat Format { get; init; } = EventFormat.Jsonl;

    [CommandOption("--out <PATH>")]
    [Description("Write the events to this file (atomically: a temporary file, then a rename) instead of standard output; - is standard output.")]
    public string? Out { get; init; }

    [CommandOption("--dictionary <PATH>")]
    [Description("Extra dictionary: a table in the format of data/coding/*.tsv, or a PETRARCH/TABARI verbs, actors, agents, discards or issues file. Repeatable.")]
    public string[] Dictionaries { get; init; } = [];

    [CommandOption("--no-builtin")]
    [Description("Use only the dictionaries given with --dictionary, not the built-in ones.")]
    public bool NoBuiltIn { get; init; }

    [CommandOption("--input-format <FORMAT>")]
    [Description("Input format for every file: text, markdown, html, jsonl or xml. Default: by file extension.")]
    [TypeConverter(typeof(InputFormatConverter))]
    public DocumentFormat? InputFormat { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("How to code: text, parity or syntax. text reads narrative with the rules of docs/coding-rules.md §1–§6. syntax is for news: each sentence is tagged and chunked into a tree and coded by the clause rules of §10 (subject, head verb, objects, passive, reported speech), dated as in text mode. parity reads PETRARCH XML whose records carry a <Parse> Penn Treebank tree and codes each record from its tree with the PETRARCH2-style rules of docs/coding-rules.md §9; a record without a readable tree is coded from its text and counted in the summary. Plain text, Markdown, HTML, JSONL, and XML without any <Parse>, are usage errors in parity mode. Default: text.")]
    [DefaultValue(CodingMode.Text)]
    [TypeConverter(typeof(ChoiceConverter<CodingMode>))]
    public CodingMode Mode { get; init; } = CodingMode.Text;

    [CommandOption("--threads <N>")]
    [Description("Threads to code with. Default: all processors.")]
    public int? Threads { get; init; }

    [CommandOption("--cluster <TARGET>")]
    [Description(Infrastructure.ClusterRun.OptionHelp)]
    public string? Cluster { get; init; }

    [CommandOption("--results <DIR>")]
    [Description(Infrastructure.ClusterRun.ResultsHelp)]
    public string? Results { get; init; }
}

/// <summary>Reads <c>--input-format</c>: <c>xml</c> for PETRARCH XML, and the spellings <c>txt</c>, <c>md</c> and <c>petrarch</c>.</summary>
public sealed class InputFormatConverter : ChoiceConverter<DocumentFormat>
{
    public override string Spelling(DocumentFormat value) => value == DocumentFormat.PetrarchXml ? "xml" : base.Spelling(value);

    protected override IEnumerable<KeyValuePair<string, DocumentFormat>> Aliases =>
        [new("txt", DocumentFormat.Text), new("md", DocumentFormat.Markdown), new("petrarch", DocumentFormat.PetrarchXml)];
}
