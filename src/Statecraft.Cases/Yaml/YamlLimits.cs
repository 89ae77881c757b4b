using System.Globalization;
using Statecraft.Cases.Diagnostics;

namespace Statecraft.Cases.Yaml;

/// <summary>
/// Checks a case file's text before the YAML parser sees it: size, NUL bytes, and nesting depth (the parser recurses
/// once per level, so a description nested 100,000 deep would overflow the stack). The limits are in docs/limits.md.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest case file read (16 MiB; the reference case's largest file has 40 KB).</summary>
    public const long MaxFileBytes = 16L << 20;

    /// <summary>The deepest nesting of flow collections (<c>[</c>, <c>{</c>) and of block indentation levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The widest indentation, in columns (block nesting needs at least one column per level).</summary>
    public const int MaxIndent = 512;

    /// <summary>The first problem in <paramref name="text"/>, or null when it may be parsed.</summary>
    public static InputError? Check(string text, string name)
    {
        var line = 1;
        var column = 0;
        var depth = 0;
        var indent = 0;
        var atLineStart = true;
        var quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column, atLineStart, comment, indent) = (line + 1, 0, true, false, 0);
                continue;
            }

            if (c == '\0')
            {
                return new InputError(name, line, column, string.Empty, "the file holds a NUL byte; a case file is UTF-8 text");
            }

            if (atLineStart)
            {
                if (c == ' ')
                {
                    if (++indent > MaxIndent)
                    {
                        return new InputError(name, line, column, string.Empty, string.Create(CultureInfo.InvariantCulture, $"the line is indented more than {MaxIndent} columns (docs/limits.md)"));
                    }

                    continue;
                }

                atLineStart = false;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                if ((quote == '\'' && c == '\'' && i + 1 < text.Length && text[i + 1] == '\'') || (quote == '"' && c == '\\' && i + 1 < text.Length && text[i + 1] != '\n'))
                {
                    i++; // an escaped quote ('' or \") or escaped character
                    column++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '"' or '\'' when StartsToken(text, i):
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return new InputError(name, line, column, string.Empty, string.Create(CultureInfo.InvariantCulture, $"the YAML is nested more than {MaxDepth} levels deep (docs/limits.md)"));
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    /// <summary>The line and column of the first tab used as indentation, which YAML forbids.</summary>
    public static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var leading = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < leading)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Whether a quote at <paramref name="at"/> opens a quoted scalar: after a line start, an indicator or a space after one.</summary>
    private static bool StartsToken(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or ':' or ',' or '[' or '{' or '-' or '?';
    }
}
