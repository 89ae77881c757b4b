namespace Statecraft.Coding.Parity;

/// <summary>
/// The clauses of a parsed sentence as PETRARCH2 reads them: each S with a subject noun phrase and a verb phrase.
/// The clause is given back as the subject's words followed by the verb phrase's words, so that the subject is the
/// source (PETRARCH2's rule) and words outside the clause ("..., US Deputy Secretary Kupfer said") cannot become one.
/// </summary>
internal static class TreeClauses
{
    public static List<string> Of(TreeNode root)
    {
        var clauses = new List<string>();
        Collect(root, clauses);
        return clauses;
    }

    private static void Collect(TreeNode node, List<string> clauses)
    {
        if (node.Label is "S" or "SINV" or "SQ")
        {
            var subject = node.Children.FindIndex(c => c.Label.StartsWith("NP", StringComparison.Ordinal));
            var verb = subject < 0 ? -1 : node.Children.FindIndex(subject + 1, c => c.Label == "VP");
            if (verb >= 0)
            {
                clauses.Add(string.Join(' ', node.Children[subject].Words().Concat(node.Children[verb].Words())) + " .");
            }
        }

        foreach (var child in node.Children)
        {
            Collect(child, clauses);
        }
    }
}
