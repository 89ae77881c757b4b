using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Statecraft.Benchmarks.Store;

/// <summary>
/// Writes a GDELT 1.0 export (58 tab-separated columns, no header) of any length by resampling the shared
/// sample: each row takes its actor-1 block, actor-2 block, event block (codes, quad class, Goldstein, counts,
/// tone) and geography blocks from independently drawn sample rows, and a day drawn uniformly from 2010-2019.
/// </summary>
/// <remarks>Seeded: the same sample, row count and seed give the same file.</remarks>
internal static class GdeltGenerator
{
    public static void Generate(string sample, string output, long rows, int seed)
    {
        var source = ReadSample(sample);
        var random = new Random(seed);
        var first = new DateOnly(2010, 1, 1);
        var days = new DateOnly(2019, 12, 31).DayNumber - first.DayNumber + 1;
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(512);
        for (long i = 0; i < rows; i++)
        {
            var date = first.AddDays(random.Next(days));
            line.Clear();
            Row(line, 1_000_000_000 + i, date, source, random);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static void Row(StringBuilder line, long id, DateOnly date, string[][] sample, Random random)
    {
        var a1 = sample[random.Next(sample.Length)];
        var a2 = sample[random.Next(sample.Length)];
        var ev = sample[random.Next(sample.Length)];
        var geo = sample[random.Next(sample.Length)];
        var sqlDate = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        line.Append(id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(sqlDate).Append('\t')
            .Append(date.ToString("yyyyMM", CultureInfo.InvariantCulture)).Append('\t').Append(date.Year.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append((date.Year + ((date.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture));
        Append(line, a1, 5, 15);
        Append(line, a2, 15, 25);
        Append(line, ev, 25, 35);
        Append(line, geo, 35, 56);
        line.Append('\t').Append(sqlDate).Append('\t');
    }

    private static void Append(StringBuilder line, string[] row, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            line.Append('\t').Append(row[c]);
        }
    }

    /// <summary>The sample's rows as strings, <c>NA</c> read as empty, through DuckDB's CSV reader.</summary>
    private static string[][] ReadSample(string sample)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_csv('{sample.Replace("'", "''", StringComparison.Ordinal)}', all_varchar = true, nullstr = 'NA', header = true)";
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? string.Empty : reader.GetString(c);
            }

            rows.Add(row);
        }

        return [.. rows];
    }
}
