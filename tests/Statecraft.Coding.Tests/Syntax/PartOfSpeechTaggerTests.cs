using Statecraft.Coding.Actors;
using Statecraft.Coding.Syntax;
using Statecraft.Coding.Text;

namespace Statecraft.Coding.Tests.Syntax;

/// <summary>The verb-or-noun rules of docs/coding-rules.md §10 (N1–N3), with the built-in verb dictionary.</summary>
public sealed class PartOfSpeechTaggerTests
{
    [Theory]
    [InlineData("The attack on Gaza was condemned.", "attack", "NN")]
    [InlineData("Israel attacked Gaza.", "attacked", "VBD")]
    [InlineData("Peace talks resumed in Geneva.", "talks", "NNS")]
    [InlineData("Peace talks resumed in Geneva.", "resumed", "VBD")]
    [InlineData("Hezbollah guerrillas killed a soldier.", "guerrillas", "NNS")]
    [InlineData("The minister said Israel attacked Gaza.", "attacked", "VBD")]
    [InlineData("Britain promised to continue military aid to Mozambique.", "aid", "NN")]
    [InlineData("Britain promised to continue military aid to Mozambique.", "continue", "VB")]
    [InlineData("Germany was criticized by France.", "criticized", "VBN")]
    [InlineData("The umbrella union announced a strike.", "union", "NN")]
    [InlineData("Armed men attacked the embassy.", "armed", "JJ-or-NN")]
    [InlineData("Syria will withdraw from neighboring Lebanon.", "neighboring", "NN")]
    [InlineData("The Workers' Party issued a declaration.", "'", "POS")]
    [InlineData("Croatia will bring suspects to trial.", "bring", "VB")]
    [InlineData("Five hundred rebels surrendered.", "hundred", "NN")]
    [InlineData("The court opened a landmark hearing on Monday.", "hearing", "NN")]
    [InlineData("The army continued shelling the town.", "shelling", "VBG")]
    public void Tag_NewsSentence_ReadsTheWordAsItsContextSays(string sentence, string word, string expected)
    {
        // Given
        var tokens = Tokenizer.Tokenize(sentence);
        var tagger = new PartOfSpeechTagger(w => Coders.BuiltIn.Verbs.StartingWith(w).Count > 0 || WordClasses.CommonVerbs.Contains(w));

        // When
        var tags = tagger.Tag(tokens);

        // Then
        var tag = tags[tokens.FindIndex(t => t.Norm == word)];
        if (expected == "JJ-or-NN")
        {
            tag.ShouldNotStartWith("VB", customMessage: $"'{word}' in \"{sentence}\"");
        }
        else
        {
            tag.ShouldBe(expected, $"'{word}' in \"{sentence}\"");
        }
    }

    [Fact]
    public void Tag_NameTheActorDictionariesFind_IsAProperNounEvenWhenItIsAVerbForm()
    {
        // Given: "Jordan" and "Chad" are names here, whatever a verb list might say of them
        const string sentence = "troops from Chad entered Jordan.";
        var tokens = Tokenizer.Tokenize(sentence);
        var mentions = new MentionFinder(Coders.BuiltIn.Actors).Find(tokens, new MentionContext());
        var names = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.Start; i < m.End; i++)
            {
                names[i] = true;
            }
        }

        var tagger = new PartOfSpeechTagger(w => w is "chad" or "jordan" or "entered");

        // When
        var tags = tagger.Tag(tokens, names);

        // Then
        tags.ShouldBe(["NNS", "IN", "NNP", "VBD", "NNP", "."]);
    }
}
