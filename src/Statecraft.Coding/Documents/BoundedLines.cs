namespace Statecraft.Coding.Documents;

/// <summary>A line of bytes, or the mark that a line ran past the limit (its bytes then are not kept).</summary>
/// <param name="Bytes">The line without its end-of-line byte; empty when <paramref name="Overlong"/>.</param>
/// <param name="Overlong">Whether the line was longer than the limit.</param>
internal readonly record struct BoundedLine(byte[] Bytes, bool Overlong);

/// <summary>Splits a byte stream at <c>\n</c> without ever holding more than the limit of one line.</summary>
internal static class BoundedLines
{
    public static IEnumerable<BoundedLine> Read(Stream stream, int maxBytes)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var overlong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                overlong = Append(line, buffer.AsSpan(start, i - start), maxBytes, overlong);
                yield return overlong ? new BoundedLine([], true) : new BoundedLine(line.ToArray(), false);
                line.SetLength(0);
                overlong = false;
                start = i + 1;
            }

            overlong = Append(line, buffer.AsSpan(start, read - start), maxBytes, overlong);
        }

        if (overlong || line.Length > 0)
        {
            yield return overlong ? new BoundedLine([], true) : new BoundedLine(line.ToArray(), false);
        }
    }

    private static bool Append(MemoryStream line, ReadOnlySpan<byte> bytes, int maxBytes, bool overlong)
    {
        if (overlong || line.Length + bytes.Length > maxBytes)
        {
            line.SetLength(0);
            return true;
        }

        line.Write(bytes);
        return false;
    }
}
