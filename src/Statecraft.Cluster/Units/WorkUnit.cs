using System.Security.Cryptography;
using System.Text;

namespace Statecraft.Cluster.Units;

/// <summary>
/// One unit of work: its kind and its inputs as canonical JSON. Its <see cref="Key"/> is the SHA-256 of the code version,
/// the kind and the inputs, so the same work always has the same key and its result is written once under it.
/// </summary>
/// <param name="Kind">What runs: <see cref="UnitKinds.Code"/>, <see cref="UnitKinds.Draws"/> or <see cref="UnitKinds.Calibration"/>.</param>
/// <param name="Input">The unit's inputs, everything its result depends on, as JSON.</param>
public sealed record WorkUnit(string Kind, string Input)
{
    public string Key { get; } = KeyOf(CodeVersion.Id, Kind, Input);

    /// <summary>The key of a unit under a given code version (lower-case hex SHA-256).</summary>
    public static string KeyOf(string codeVersion, string kind, string input) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{codeVersion}\n{kind}\n{input}")));
}

/// <summary>The kinds of work unit.</summary>
internal static class UnitKinds
{
    /// <summary>A batch of documents to code into events.</summary>
    public const string Code = "code";

    /// <summary>A block of Monte Carlo draws [from, to) of a sensitivity sweep.</summary>
    public const string Draws = "draws";

    /// <summary>One case scored under a slice of the calibration grid.</summary>
    public const string Calibration = "calibration";
}

/// <summary>
/// The version of the code that computes results: the SHA-256 of the Statecraft assemblies a unit runs (deterministic
/// builds give the same bytes for the same source). A worker with other code computes other keys and refuses the unit.
/// </summary>
public static class CodeVersion
{
    private static readonly Lazy<string> Lazy = new(Compute);

    public static string Id => Lazy.Value;

    private static string Compute()
    {
        var assemblies = new[]
        {
            typeof(CodeVersion).Assembly,
            typeof(Cases.CaseLoader).Assembly,
            typeof(Coding.Pipeline.CoderPipeline).Assembly,
            typeof(Bargaining.BargainingModels).Assembly,
            typeof(Analysis.CaseAnalyzer).Assembly,
        };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in assemblies)
        {
            var location = assembly.Location;
            hash.AppendData(location.Length > 0 && File.Exists(location)
                ? File.ReadAllBytes(location)
                : assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
