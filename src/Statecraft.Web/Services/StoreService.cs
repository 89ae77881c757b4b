using System.Globalization;
using System.Text.Json.Nodes;
using Statecraft.Cases.Vocabulary;
using Statecraft.Store.Database;
using Statecraft.Store.Events;
using Statecraft.Store.Imports;
using Statecraft.Store.Queries;
using Statecraft.Store.Shocks;

namespace Statecraft.Web.Services;

/// <summary>
/// The event store behind the relations and code pages (<c>--db</c>): dyad series and shock analysis as
/// <c>events series</c>/<c>events shock --format json</c> print them, and imports of coded text. One request at a time
/// opens the DuckDB file, which allows a single writer.
/// </summary>
public sealed class StoreService(string? databasePath) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool Available => databasePath is not null;

    public void Dispose() => _gate.Dispose();

    /// <summary>The monthly series of the dyad <paramref name="source"/>-<paramref name="target"/> with the shock analysis around <paramref name="shock"/>.</summary>
    public async Task<JsonObject> Relations(string source, string target, bool both, DateOnly shock)
    {
        var (s, t) = (Country(source), Country(target));
        return await WithStore(store =>
        {
            var series = new DyadSeries(store).Run(new SeriesQuery(s, t, both, SeriesPeriod.Month));
            var result = series.Count == 0 ? null : new ShockAnalysis(store).Run(s, t, shock, new ShockOptions { Both = both });
            return new JsonObject
            {
                ["dyad"] = new SeriesQuery(s, t, both).Dyad,
                ["by"] = "month",
                ["series"] = new JsonArray([.. series.Select(Point)]),
                ["shock"] = result is null ? null : Shock(result),
            };
        });
    }

    /// <summary>Imports coder JSONL into the store (duplicates are dropped by the importer) and says what it did.</summary>
    public async Task<JsonObject> Import(string jsonl)
    {
        var file = Path.Combine(Path.GetTempPath(), "statecraft-web-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)) + ".jsonl");
        await File.WriteAllTextAsync(file, jsonl);
        try
        {
            return await WithStore(write: true, body: store =>
            {
                var r = new EventImporter(store).Import(file, ImportFormat.Jsonl);
                return new JsonObject { ["import_id"] = r.ImportId, ["rows_read"] = r.RowsRead, ["imported"] = r.Imported, ["skipped"] = r.Skipped, ["duplicates"] = r.Duplicates };
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Task<T> WithStore<T>(Func<EventStore, T> body) => WithStore(false, body);

    /// <summary>Runs <paramref name="body"/> on the store: read-only, or on a staged copy that replaces the store when it succeeds.</summary>
    private async Task<T> WithStore<T>(bool write, Func<EventStore, T> body)
    {
        var path = databasePath ?? throw new NotFoundException("the dashboard was started without --db: no event store");
        await _gate.WaitAsync();
        try
        {
            if (!write)
            {
                using var store = EventStore.OpenRead(path);
                return body(store);
            }

            using var writer = StoreWriter.Begin(path);
            var result = body(writer.Store);
            writer.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Country(string code) =>
        Countries.IsIso3(code) ? code : throw new ArgumentException($"'{(code.Length > 10 ? code[..10] : code)}' is not an ISO alpha-3 country code");

    private static JsonNode Point(SeriesPoint p) => new JsonObject
    {
        ["period"] = p.Label,
        ["start"] = Day(p.Period),
        ["events"] = p.Events,
        ["verbal_cooperation"] = p.VerbalCooperation,
        ["material_cooperation"] = p.MaterialCooperation,
        ["verbal_conflict"] = p.VerbalConflict,
        ["material_conflict"] = p.MaterialConflict,
        ["goldstein_sum"] = Math.Round(p.GoldsteinSum, 9),
        ["goldstein_mean"] = p.GoldsteinMean is { } mean ? Math.Round(mean, 9) : null,
        ["net_cooperation"] = p.NetCooperation,
    };

    private static JsonObject Shock(ShockResult r) => new()
    {
        ["dyad"] = r.Dyad,
        ["date"] = Day(r.Date),
        ["measure"] = "net_cooperation",
        ["window"] = r.Options.WindowMonths,
        ["pre"] = Window(r.Pre),
        ["post"] = Window(r.Post),
        ["difference"] = Finite(r.Difference),
        ["ci95"] = new JsonArray(Finite(r.Ci95.Low), Finite(r.Ci95.High)),
        ["change_points"] = new JsonArray([.. r.ChangePoints.Select(c => (JsonNode)Day(c))]),
        ["span"] = r.Series.Count == 0 ? null : new JsonObject
        {
            ["from"] = r.Series[0].Label,
            ["to"] = r.Series[^1].Label,
        },
    };

    private static JsonObject Window(ShockWindow w) => new()
    {
        ["mean"] = Finite(w.Mean),
        ["months"] = w.Months,
        ["from"] = w.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ["to"] = w.To.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ["events"] = w.Events,
        ["quad_share"] = new JsonObject(Enumerable.Range(0, 4).Select(q => KeyValuePair.Create(QuadClass.Names[q], (JsonNode?)Math.Round(w.QuadShare[q], 6)))),
    };

    private static JsonNode? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
