using Statecraft.Coding.Actors;
using Statecraft.Coding.Events;
using Statecraft.Coding.Issues;

namespace Statecraft.Coding.Pipeline;

/// <summary>
/// Assembles a <see cref="CoderPipeline"/> from dictionaries, patterns, issue keywords, discards and options
/// (STYLE.md practice 4: builder, then an immutable pipeline).
/// </summary>
/// <example><c>var coder = new CoderPipelineBuilder().UseBuiltInDictionaries().Build();</c></example>
public sealed class CoderPipelineBuilder
{
    private readonly ActorDictionaryBuilder _actors = new();
    private readonly VerbPatternSetBuilder _verbs = new();
    private readonly List<(string Phrase, bool Story)> _discards = [];
    private IssueTagger _issues = IssueTagger.Empty;
    private CoderOptions _options = new();

    /// <summary>The project's own dictionaries: actors, agents, verb patterns and issue keywords (<c>data/coding/</c>).</summary>
    public CoderPipelineBuilder UseBuiltInDictionaries()
    {
        _actors.AddBuiltInActors();
        _verbs.AddBuiltIn();
        _issues = IssueTagger.BuiltIn();
        return this;
    }

    /// <summary>Adds actor phrases (a user's tables, a PETRARCH actor file).</summary>
    public CoderPipelineBuilder AddActors(Action<ActorDictionaryBuilder> add)
    {
        add(_actors);
        return this;
    }

    /// <summary>Adds verb patterns.</summary>
    public CoderPipelineBuilder AddVerbs(Action<VerbPatternSetBuilder> add)
    {
        add(_verbs);
        return this;
    }

    /// <summary>Replaces the issue tagger.</summary>
    public CoderPipelineBuilder UseIssues(IssueTagger issues)
    {
        _issues = issues;
        return this;
    }

    /// <summary>The issue tagger so far, to extend with <see cref="IssueTagger.With"/>.</summary>
    public IssueTagger Issues => _issues;

    /// <summary>Adds discard phrases: sentence phrases drop a sentence, story phrases a document.</summary>
    public CoderPipelineBuilder AddDiscards(IEnumerable<(string Phrase, bool Story)> phrases)
    {
        _discards.AddRange(phrases);
        return this;
    }

    public CoderPipelineBuilder WithOptions(CoderOptions options)
    {
        options.Validate();
        _options = options;
        return this;
    }

    /// <summary>The pipeline; the builder must not be used afterwards.</summary>
    public CoderPipeline Build() =>
        new(_actors.Build(), _verbs.Build(), _issues, _discards.Count == 0 ? DiscardSet.Empty : new DiscardSet(_discards), _options);
}
