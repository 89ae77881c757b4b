using Statecraft.Cases.Diagnostics;

namespace Statecraft.Bargaining.Evaluation;

/// <summary>
/// Where the DEU columns are: an actor is any code with both a <c>p&lt;code&gt;</c> and an <c>s&lt;code&gt;</c>
/// column, so later releases with other member states parse without changes.
/// </summary>
internal sealed record DeuLayout(int IssueColumn, int ReferenceColumn, int OutcomeColumn, IReadOnlyList<(string Code, int Position, int Salience)> Actors)
{
    public static DeuLayout From(List<string> header, string file)
    {
        var names = header.Select(h => h.Trim()).ToList();
        var actors = new List<(string, int, int)>();
        for (var c = 0; c < names.Count; c++)
        {
            var name = names[c];
            if (name.Length > 1 && name[0] == 'p')
            {
                var salience = names.IndexOf("s" + name[1..]);
                if (salience >= 0)
                {
                    actors.Add((name[1..], c, salience));
                }
            }
        }

        var issue = names.IndexOf("isnr");
        var outcome = names.IndexOf("out");
        if (issue < 0 || outcome < 0 || actors.Count == 0)
        {
            throw new InvalidInputException(new InputError(file, 1, 0, string.Empty, "not the DEU layout: expected the columns isnr, out and pairs p<actor>/s<actor>"));
        }

        return new DeuLayout(issue, names.IndexOf("rp"), outcome, actors);
    }
}
