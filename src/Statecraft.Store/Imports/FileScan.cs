using System.Buffers;
using System.Security.Cryptography;

namespace Statecraft.Store.Imports;

/// <summary>
/// One pass over a file before DuckDB reads it: its SHA-256 (for idempotence) and the numbers of its blank
/// lines, which DuckDB's CSV reader skips without a trace and which the importer needs to give every row
/// its line number.
/// </summary>
internal sealed record FileScan(string Sha256, IReadOnlyList<long> BlankLines)
{
    public static FileScan Of(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var blank = new List<long>();
            long line = 1;
            var lineEmpty = true; // nothing but an optional '\r' seen since the line began
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var span = buffer.AsSpan(0, read);
                hash.AppendData(span);
                var start = 0;
                while (true)
                {
                    var rest = span[start..];
                    var newline = rest.IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        lineEmpty = lineEmpty && IsEmptyOrCr(rest);
                        break;
                    }

                    if (lineEmpty && IsEmptyOrCr(rest[..newline]))
                    {
                        blank.Add(line);
                    }

                    line++;
                    lineEmpty = true;
                    start += newline + 1;
                }
            }

            return new FileScan(Convert.ToHexStringLower(hash.GetHashAndReset()), blank);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsEmptyOrCr(ReadOnlySpan<byte> text) => text.IsEmpty || (text.Length == 1 && text[0] == (byte)'\r');
}
