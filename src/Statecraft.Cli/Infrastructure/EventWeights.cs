using Statecraft.Coding.Ontology;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Connects the analysis engine to the coder's CAMEO ontology, which the analysis project may not reference itself.</summary>
public static class EventWeights
{
    /// <summary>The Goldstein weight of a CAMEO code, or null for a code the ontology does not know.</summary>
    public static double? Goldstein(string code) => CameoOntology.TryGet(code, out var type) ? type.Goldstein : null;
}
