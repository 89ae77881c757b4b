using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Statecraft.Analysis;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Coding.Ontology;

namespace Statecraft.Cluster.Units;

/// <summary>The JSON every unit's input and result is written in: fixed property order, exact doubles (shortest round trip).</summary>
internal static class UnitJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"empty {typeof(T).Name}");
}

/// <summary>A case carried by value: its YAML files by relative path, so a worker on another machine needs no shared folder.</summary>
public sealed record CaseFiles(SortedDictionary<string, string> Files)
{
    private static readonly ConcurrentDictionary<string, Lazy<Case>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Reads the YAML files of the case folder <paramref name="folder"/> (or the single file it names).</summary>
    public static CaseFiles Read(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(folder))
        {
            files[Path.GetFileName(folder)] = File.ReadAllText(folder);
            return new CaseFiles(files);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllText(path);
        }

        return new CaseFiles(files);
    }

    /// <summary>The SHA-256 of the files, names and contents.</summary>
    public string Hash()
    {
        var text = new StringBuilder();
        foreach (var (name, content) in Files)
        {
            text.Append(name).Append('\0').Append(content).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The case, loaded once per process: the files are written to a folder named by their hash and read by <see cref="CaseLoader"/>.</summary>
    public Case Load() => Loaded.GetOrAdd(Hash(), hash => new Lazy<Case>(() => Materialize(hash))).Value;

    private Case Materialize(string hash)
    {
        var folder = Path.Combine(Path.GetTempPath(), "statecraft-units", $"{hash}-{Environment.ProcessId}");
        if (Files.Count == 1 && !Files.Keys.Single().Contains('/', StringComparison.Ordinal) && Files.Keys.Single() != "case.yaml")
        {
            return CaseLoader.LoadText(Files.Values.Single(), Files.Keys.Single());
        }

        foreach (var (name, content) in Files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return CaseLoader.Load(folder);
    }
}

/// <summary>The engine options a unit runs with: the CLI's (the named model, Goldstein weights from the CAMEO ontology).</summary>
public sealed record UnitOptions(string Model)
{
    public static UnitOptions Default { get; } = new(AnalysisOptions.Default.Model);

    public AnalysisOptions ToAnalysisOptions() => AnalysisOptions.Default with { Model = Model, Goldstein = Goldstein };

    private static double? Goldstein(string code) => CameoOntology.TryGet(code, out var type) ? type.Goldstein : null;
}

/// <summary>A document to code.</summary>
public sealed record DocumentInput(string Id, string Text, string? Date);

/// <summary>Input of a <see cref="UnitKinds.Code"/> unit: documents and the output format (jsonl, csv or tsv).</summary>
internal sealed record CodeInput(string Format, IReadOnlyList<DocumentInput> Documents);

/// <summary>Result of a <see cref="UnitKinds.Code"/> unit: the events as output lines (no header) and the coder's counts.</summary>
internal sealed record CodeOutput(string Lines, IReadOnlyList<long> Counts);

/// <summary>Input of a <see cref="UnitKinds.Draws"/> unit: draws [From, To) of the sweep over a case (and scenario).</summary>
internal sealed record DrawsInput(CaseFiles Case, string? Scenario, UnitOptions Options, int Samples, int Seed, string Distribution, int From, int To);

/// <summary>Input of a <see cref="UnitKinds.Calibration"/> unit: a case scored under the given settings (indices into the calibration grid).</summary>
internal sealed record CalibrationInput(CaseFiles Case, UnitOptions Options, IReadOnlyList<int> Settings);
