namespace Statecraft.Coding.Parity;

/// <summary>A node of a Penn Treebank constituent tree: a phrase (label + children) or a word (tag + word).</summary>
internal sealed class TreeNode(string label, string? word)
{
    public string Label { get; } = label;

    /// <summary>The word, for a leaf (a part-of-speech tag with its word); null for a phrase.</summary>
    public string? Word { get; } = word;

    public List<TreeNode> Children { get; } = [];

    /// <summary>For a leaf built from a token (<see cref="Syntax.ShallowParser"/>), the token's index in its sentence; -1 otherwise.</summary>
    public int Token { get; init; } = -1;

    /// <summary>The words under the node, in order.</summary>
    public IEnumerable<string> Words()
    {
        if (Word is not null)
        {
            yield return Word;
            yield break;
        }

        foreach (var word in Children.SelectMany(c => c.Words()))
        {
            yield return word;
        }
    }
}

/// <summary>
/// Reads the Penn Treebank bracketing that PETRARCH records carry in <c>&lt;Parse&gt;</c> (CoreNLP style,
/// <c>(ROOT (S (NP (NNP Brazil)) (VP ...)))</c>). Malformed or overly deep trees give null: the record is then coded
/// from its text, as without a parse.
/// </summary>
internal static class PennTree
{
    /// <summary>Deeper trees are not news sentences; refusing them keeps the recursive walks of the coder bounded.</summary>
    public const int MaxDepth = 200;

    /// <summary>The bracketed form of a tree, as <see cref="Parse"/> reads it: <c>(S (NP (NNP Brazil)) (VP ...))</c>.</summary>
    public static string Write(TreeNode node) =>
        node.Word is not null ? $"({node.Label} {node.Word})" : $"({node.Label} {string.Join(' ', node.Children.Select(Write))})";

    public static TreeNode? Parse(string text)
    {
        var stack = new Stack<TreeNode>();
        TreeNode? root = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                i++;
                var label = Atom(text, ref i);
                SkipSpace(text, ref i);
                TreeNode node;
                if (i < text.Length && text[i] != '(' && text[i] != ')')
                {
                    node = new TreeNode(label, Atom(text, ref i));
                }
                else
                {
                    node = new TreeNode(label, null);
                }

                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(node);
                }
                else if (root is null)
                {
                    root = node;
                }
                else
                {
                    return null;
                }

                stack.Push(node);
                if (stack.Count > MaxDepth)
                {
                    return null;
                }
            }
            else if (c == ')')
            {
                if (stack.Count == 0)
                {
                    return null;
                }

                stack.Pop();
                i++;
            }
            else
            {
                return null;
            }
        }

        return stack.Count == 0 ? root : null;
    }

    private static string Atom(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '(' && text[i] != ')')
        {
            i++;
        }

        return text[start..i];
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
