using Statecraft.Coding.Events;

namespace Statecraft.Coding.Tests.Events;

public sealed class InflectorTests
{
    [Theory]
    [InlineData("visit", "visited")]
    [InlineData("criticize", "criticised")]
    [InlineData("apply", "applied")]
    [InlineData("meet", "met")]
    [InlineData("admit", "admitted")]
    [InlineData("agree", "agreeing")]
    [InlineData("pay", "paid")]
    public void Forms_Verb_IncludesTheInflection(string word, string form)
    {
        // Given / When / Then
        Inflector.Forms(word).ShouldContain(form);
    }
}
