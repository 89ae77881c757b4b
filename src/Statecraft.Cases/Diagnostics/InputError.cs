using System.Globalization;
using System.Text;

namespace Statecraft.Cases.Diagnostics;

/// <summary>One problem found in a user's input, located so that they can go straight to it.</summary>
/// <param name="File">The file, as the user named it (or a record id for streamed input).</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Field">The field path, such as <c>issues[2].positions[0].salience</c>, or empty.</param>
/// <param name="Message">What is wrong and, where it helps, what is expected.</param>
public sealed record InputError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>The form every command prints: <c>file:line:column: field: message</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $":{Line}");
            if (Column > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $":{Column}");
            }
        }

        text.Append(": ");
        if (Field.Length > 0)
        {
            text.Append(Field).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}
