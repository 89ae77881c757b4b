using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Statecraft.Cases;
using Statecraft.Cases.Model;
using Statecraft.Cases.Structural;

namespace Statecraft.Web.Services;

/// <summary>
/// The cases the dashboard serves: the folders directly under <c>--cases</c> that hold a <c>case.yaml</c>, each known by
/// its folder name. A request's id is only ever compared with the names found, never joined to a path.
/// </summary>
/// <remarks>A case's structural references are read from <paramref name="tables"/> (docs/case-format.md, "structural").</remarks>
public sealed partial class CaseCatalog(string root, IStructuralTables? tables = null)
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly ConcurrentDictionary<string, Lazy<Case>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The ids of the case folders, sorted.</summary>
    public IReadOnlyList<string> Ids() =>
        [.. Directory.EnumerateDirectories(_root)
            .Where(d => File.Exists(Path.Combine(d, "case.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsWellFormed)
            .Order(StringComparer.Ordinal)];

    /// <summary>The case with folder name <paramref name="id"/>, loaded and validated once; <see cref="NotFoundException"/> otherwise.</summary>
    public Case Get(string id)
    {
        if (!IsWellFormed(id) || !Ids().Contains(id, StringComparer.Ordinal))
        {
            throw new NotFoundException($"no case '{Shorten(id)}' is served");
        }

        var lazy = _loaded.GetOrAdd(id, key => new Lazy<Case>(() => CaseLoader.Load(Path.Combine(_root, key), tables, null)));
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            // A case that failed to load is read again next time, after the analyst has fixed the file.
            _loaded.TryRemove(id, out _);
            throw;
        }
    }

    /// <summary>Folder names the dashboard serves: letters, digits, '.', '_' and '-', starting with a letter or digit.</summary>
    internal static bool IsWellFormed(string? id) => id is { Length: > 0 and <= 100 } && Id().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    private static string Shorten(string id) => id.Length <= 100 ? id : id[..100] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Id();
}
