using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Fields;
using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;
using Statecraft.Cases.Yaml;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cases.Tests.Fields;

/// <summary>
/// A kind of record declared here, outside the library, with its fields in one shape: reading (with locations and
/// errors), writing, the JSON form and the validator's checks all follow from the declaration, with no other file
/// touched. This is what "one place per field" promises to whoever adds a field (docs/case-format.md, "Adding a field").
/// </summary>
public sealed class NewRecordTests
{
    private const string Text = """
        id: vote-1
        actor: JPN
        weight: 1.5
        day: 2017-02
        kind: against
        secret: true
        tally: [3, 4]
        counts:
          - { party: ldp, seats: 291 }
        source: nhk-2017
        """;

    [Fact]
    public void A_declared_record_is_read_with_every_field_and_where_each_was_written()
    {
        var (vote, errors) = Read(Text);

        Assert.Empty(errors);
        Assert.NotNull(vote);
        Assert.Equal(("vote-1", "JPN", 1.5, VoteKind.Against, true), (vote.Id, vote.Actor, vote.Weight, vote.Kind, vote.Secret));
        Assert.Equal(new PartialDate(2017, 2), vote.Day);
        Assert.Equal(new Interval(3, 4), vote.Tally);
        Assert.Equal("ldp", Assert.Single(vote.Counts).Party);
        Assert.Equal("nhk-2017", vote.Provenance.Source);
        Assert.Equal(3, vote.At("weight").Line);
        Assert.Equal("votes[0].counts[0]", vote.Counts[0].Path);
    }

    [Fact]
    public void A_missing_required_field_and_an_unknown_one_are_reported_with_file_line_and_path()
    {
        var (vote, errors) = Read("actor: JPN\nweigth: 0.5\ncounts:\n  - { seats: x }\n");

        Assert.Null(vote);
        Assert.Contains(errors, e => e.Field == "votes[0].id" && e.Message == "required field is missing" && e.File == "votes.yaml" && e.Line == 1);
        Assert.Contains(errors, e => e.Field == "votes[0].weigth" && e.Message == "unknown field 'weigth'" && e.Line == 2);
        Assert.Contains(errors, e => e.Field == "votes[0].counts[0].seats" && e.Message == "expected a whole number" && e.Line == 4);
    }

    [Fact]
    public void A_declared_record_is_written_back_as_it_was_read()
    {
        var (vote, _) = Read(Text);

        var written = Write(Vote.Shape.ToYaml(vote!));
        var (again, errors) = Read(written);

        Assert.Empty(errors);
        Assert.Equal(vote, again);
        Assert.Contains("day: 2017-02", written, StringComparison.Ordinal);
        Assert.Contains("counts:", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_form_names_every_field_in_snake_case_with_its_source()
    {
        var (vote, _) = Read(Text);

        var json = Vote.Shape.ToJson(vote!);

        Assert.Equal(
            ["id", "actor", "weight", "day", "kind", "secret", "tally", "counts", "source"],
            json.Select(kv => kv.Key).ToArray());
        Assert.Equal("against", (string?)json["kind"]);
        Assert.Equal(291, (int?)json["counts"]![0]!["seats"]);
        Assert.Equal("[3,4]", json["tally"]!.ToJsonString());
    }

    [Fact]
    public void The_declarations_give_the_validator_its_reference_range_and_source_checks()
    {
        var (vote, _) = Read(Text);
        var checker = new RecordingChecker();

        Vote.Shape.Check(vote! with { Provenance = Provenance.None }, checker);

        Assert.Equal(
            ["actor refers to State JPN", "weight 1.5 within 0..1", "counts[0]: party refers to Actor ldp", "provenance of votes[0]"],
            checker.Calls);
    }

    private static (Vote? Vote, List<InputError> Errors) Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var errors = new List<InputError>();
        var list = new YamlSequenceNode(stream.Documents[0].RootNode);
        var votes = new MapReader(new YamlMappingNode(), "votes.yaml", string.Empty, errors).ReadItems(list, "votes", 0, Vote.Shape.Read);
        return (votes.SingleOrDefault(), errors);
    }

    private static string Write(YamlMappingNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private sealed class RecordingChecker : IFieldChecker
    {
        public List<string> Calls { get; } = [];

        public void RequireReference(Located record, string field, Refers refers, string id) =>
            Calls.Add($"{Prefix(record)}{field} refers to {refers} {id}");

        public void RequireWithin(Located record, string field, double value, double min, double max) =>
            Calls.Add($"{Prefix(record)}{field} {value} within {min}..{max}");

        public void RequireProvenance(Located record, Provenance provenance)
        {
            if (!provenance.IsGiven)
            {
                Calls.Add($"provenance of {record.Path}");
            }
        }

        private static string Prefix(Located record) => record.Path.Contains(".counts", StringComparison.Ordinal) ? "counts[0]: " : string.Empty;
    }
}

internal enum VoteKind
{
    For,
    Against,
}

/// <summary>The record a user of the library might add: every kind of field, a nested list, a source.</summary>
internal sealed record Vote(string Id, string? Actor, double Weight, PartialDate? Day, VoteKind Kind, bool Secret, Interval? Tally, IReadOnlyList<SeatCount> Counts, Provenance Provenance) : Located
{
    internal static RecordShape<Vote> Shape { get; } = new RecordShape<Vote>(new(string.Empty, null, 0, null, VoteKind.For, false, null, [], Provenance.None))
        .Text("id", v => v.Id, (v, x) => v with { Id = x }, required: true)
        .Text("actor", v => v.Actor, (v, x) => v with { Actor = x }, refers: Refers.State)
        .Number("weight", v => v.Weight, (v, x) => v with { Weight = x }, within: (0, 1))
        .Date("day", v => v.Day, (v, x) => v with { Day = x })
        .Enum<VoteKind>("kind", v => v.Kind, (v, x) => v with { Kind = x })
        .Flag("secret", v => v.Secret, (v, x) => v with { Secret = x })
        .Range("tally", v => v.Tally, (v, x) => v with { Tally = x })
        .List("counts", () => SeatCount.Shape, v => v.Counts, (v, x) => v with { Counts = x })
        .WithSource(v => v.Provenance, (v, p) => v with { Provenance = p });

    public bool Equals(Vote? other) =>
        other is not null && (Id, Actor, Weight, Day, Kind, Secret, Tally, Provenance) == (other.Id, other.Actor, other.Weight, other.Day, other.Kind, other.Secret, other.Tally, other.Provenance)
        && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

internal sealed record SeatCount(string Party, int Seats) : Located
{
    internal static RecordShape<SeatCount> Shape { get; } = new RecordShape<SeatCount>(new(string.Empty, 0)).InFlow()
        .Text("party", c => c.Party, (c, x) => c with { Party = x }, required: true, refers: Refers.Actor)
        .Integer("seats", c => c.Seats, (c, x) => c with { Seats = x }, required: true);
}
