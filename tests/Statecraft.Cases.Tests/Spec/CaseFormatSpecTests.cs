using Statecraft.Cases.Diagnostics;

namespace Statecraft.Cases.Tests.Spec;

public class CaseFormatSpecTests
{
    [Fact]
    public void Examples_AreNumberedWithoutGaps()
    {
        CaseFormatSpec.Examples.Count.ShouldBeGreaterThanOrEqualTo(10);
        CaseFormatSpec.Examples.Select(e => e.Number).ShouldBe(Enumerable.Range(1, CaseFormatSpec.Examples.Count));
        CaseFormatSpec.Examples.Where(e => !e.Valid).ShouldAllBe(e => e.Expected != null);
    }

    [Theory]
    [MemberData(nameof(CaseFormatSpec.Numbers), MemberType = typeof(CaseFormatSpec))]
    public void Example_LoadsOrFailsAsDocumented(int number)
    {
        // Given
        var example = CaseFormatSpec.Examples.Single(e => e.Number == number);

        // When
        var load = () => CaseLoader.LoadText(example.Yaml, "case.yaml");

        // Then
        if (example.Valid)
        {
            load().Id.ShouldNotBeNullOrEmpty();
        }
        else
        {
            var errors = Should.Throw<InvalidInputException>(load).Errors.Select(e => e.ToString()).ToList();
            errors.ShouldContain(example.Expected!, $"{example}: got {string.Join(" | ", errors)}");
        }
    }
}
