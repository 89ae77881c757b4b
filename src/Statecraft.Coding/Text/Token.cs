namespace Statecraft.Coding.Text;

/// <summary>What kind of characters a token holds, as the actor and verb matchers need to know.</summary>
[Flags]
public enum TokenShape
{
    /// <summary>Punctuation or a symbol.</summary>
    Punctuation = 0,

    /// <summary>Letters, possibly with inner apostrophes, hyphens or abbreviation periods.</summary>
    Word = 1,

    /// <summary>A number: 1957, 3.85, 75%.</summary>
    Number = 2,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 4,

    /// <summary>Every letter is upper case and there are at least two (US, PRC, U.S.).</summary>
    AllCaps = 8,
}

/// <summary>One word, number or punctuation mark of a sentence.</summary>
/// <param name="Start">Offset of the first character in the sentence text.</param>
/// <param name="Length">Number of characters in the sentence text.</param>
/// <param name="Norm">The folded form used for lookups (<see cref="TextFolding"/>).</param>
/// <param name="Shape">The character classes of the token.</param>
public readonly record struct Token(int Start, int Length, string Norm, TokenShape Shape)
{
    public bool IsWord => (Shape & TokenShape.Word) != 0;

    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;

    public bool IsAllCaps => (Shape & TokenShape.AllCaps) != 0;

    public bool IsPunctuation => (Shape & (TokenShape.Word | TokenShape.Number)) == 0;
}
