using System.Security.Cryptography;
using System.Text;
using Statecraft.Cases.Model;
using Statecraft.Cases.Yaml;

namespace Statecraft.Reporting;

/// <summary>What a report rests on: a hash of the case's content and the engine's version.</summary>
public sealed record Provenance(string CaseHash, string Version)
{
    /// <summary>SHA-256 of the case written in its canonical single-file form, so layout and comments do not change it.</summary>
    public static Provenance Of(Case c)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CaseWriter.ToText(c))));
        var version = typeof(Provenance).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return new Provenance(hash, version);
    }
}
