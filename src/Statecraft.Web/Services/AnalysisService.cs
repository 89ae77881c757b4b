using System.Collections.Concurrent;
using System.Text.Json;
using Statecraft.Analysis;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cases.Json;
using Statecraft.Cases.Validation;
using Statecraft.Coding.Ontology;
using Statecraft.Reporting;
using Statecraft.Reporting.Json;

namespace Statecraft.Web.Services;

/// <summary>
/// Runs the analysis engine for the dashboard and keeps each answer: the analysis is deterministic, so one
/// (case, scenario) pair, or one set of editor edits, always gives the same JSON.
/// </summary>
public sealed class AnalysisService(CaseCatalog catalog)
{
    /// <summary>Answers kept before the cache starts again; bounds memory when the editor sends many distinct edits.</summary>
    public const int CacheCapacity = 1024;

    /// <summary>The CLI's options: the default model, with the coder's Goldstein weights for the hostility measure.</summary>
    public static AnalysisOptions Options { get; } = AnalysisOptions.Default with { Goldstein = Goldstein };

    private readonly ConcurrentDictionary<string, Lazy<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>The <c>analyze --format json</c> object of case <paramref name="caseId"/>, with a named scenario applied when given.</summary>
    public string Analysis(string caseId, string? scenario)
    {
        var loaded = catalog.Get(caseId);
        if (scenario is not null && loaded.FindScenario(scenario) is null)
        {
            throw new NotFoundException($"case '{caseId}' has no scenario '{scenario}'");
        }

        return Cached(caseId + "\n" + scenario, () => AnalysisJson.Serialize(CaseAnalyzer.Analyze(loaded, scenario, Options), Provenance.Of(loaded)));
    }

    /// <summary>The analysis with the editor's edits applied through the case library's scenario rules.</summary>
    public string Edited(string caseId, ScenarioEdits edits)
    {
        if (edits.Count > ScenarioEdits.MaxEdits)
        {
            throw new ArgumentException($"at most {ScenarioEdits.MaxEdits} edits per request");
        }

        var loaded = catalog.Get(caseId);
        var key = caseId + "\nedits:" + JsonSerializer.Serialize(edits);
        return Cached(key, () =>
        {
            var scenario = edits.ToScenario(loaded);
            var edited = loaded with { Scenarios = [.. loaded.Scenarios.Where(s => s.Id != scenario.Id), scenario] };
            var problems = CaseValidator.Validate(edited);
            if (problems.Count > 0)
            {
                throw new InvalidInputException(problems);
            }

            return AnalysisJson.Serialize(CaseAnalyzer.Analyze(edited, scenario.Id, Options), Provenance.Of(loaded));
        });
    }

    /// <summary>The case as <c>case show --format json</c> prints it.</summary>
    public string CaseJsonOf(string caseId) => Cached(caseId + "\ncase", () => CaseJson.Serialize(catalog.Get(caseId)));

    /// <summary>The case list's summary of one case: id, title, focal state, partner, shock and period.</summary>
    public CaseSummary Summary(string caseId)
    {
        var c = catalog.Get(caseId);
        var shock = c.FindStimulus(c.Shock);
        var from = c.Periods.Count == 0 ? (DateOnly?)null : c.Periods.Min(p => p.From);
        var to = c.Periods.Count == 0 ? (DateOnly?)null : c.Periods.Max(p => p.To);
        return new CaseSummary(c.Id, c.Title, c.Focal, c.Partner, c.Shock, shock?.Date.ToString(), shock?.Summary, from is null || to is null ? null : new CasePeriod(from.Value, to.Value), c.Issues.Count, c.Scenarios.Count);
    }

    /// <summary>The summary, or for a case that does not load, its id with the first problem found (the list still shows the others).</summary>
    public CaseSummary SummaryOrError(string caseId)
    {
        try
        {
            return Summary(caseId);
        }
        catch (InvalidInputException e)
        {
            var first = e.Errors.Count > 0 ? e.Errors[0] : null;
            var message = first is null ? e.Message : $"{Path.GetFileName(first.File)}:{first.Line}: {first.Message}";
            return new CaseSummary(caseId, caseId, "", "", "", null, null, null, 0, 0) { Error = message };
        }
    }

    private string Cached(string key, Func<string> compute)
    {
        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear();
        }

        var lazy = _cache.GetOrAdd(key, _ => new Lazy<string>(compute));
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            // Failures are not kept: the same request is answered afresh (and fails the same way unless the case changed).
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    private static double? Goldstein(string code) => CameoOntology.TryGet(code, out var type) ? type.Goldstein : null;
}

/// <summary>One row of <c>GET /api/cases</c>.</summary>
public sealed record CaseSummary(string Id, string Title, string Focal, string Partner, string Shock, string? ShockDate, string? ShockSummary, CasePeriod? Period, int Issues, int Scenarios)
{
    /// <summary>Why the case could not be loaded, or null when it loads.</summary>
    public string? Error { get; init; }
}

/// <summary>The span a case's periods cover.</summary>
public sealed record CasePeriod(DateOnly From, DateOnly To);
