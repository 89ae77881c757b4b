using Statecraft.Cases.Diagnostics;
using Statecraft.Reporting.Charts;
using Statecraft.Store.Queries;
using Statecraft.Testing;

namespace Statecraft.Reporting.Tests.Charts;

public sealed class SeriesChartTests
{
    private static readonly SeriesPoint[] Series =
    [
        new(new DateOnly(2016, 10, 1), "2016-10", 2, 2, 0, 0, 0, 3.8, 1.9),
        new(new DateOnly(2016, 11, 1), "2016-11", 2, 1, 0, 1, 0, -0.1, -0.05),
        new(new DateOnly(2016, 12, 1), "2016-12", 3, 1, 0, 1, 1, -5.1, -1.7),
    ];

    [Theory]
    [InlineData("chart.svg")]
    [InlineData("chart.png")]
    public void Save_SvgOrPng_WritesThatFormat(string name)
    {
        // Given
        using var temp = new TempDirectory();
        var path = temp.File(name);

        // When
        SeriesChart.Save(path, Series, [2, 0, -1], new ChartLabels("JPN-USA", "net cooperation"), new DateOnly(2016, 11, 8), [new DateOnly(2016, 11, 1)]);

        // Then
        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith(".svg", StringComparison.Ordinal))
        {
            System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("<svg");
        }
        else
        {
            bytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }

        Directory.GetFiles(temp.Path).Length.ShouldBe(1);
    }

    [Fact]
    public void Save_OtherExtension_IsRefusedNamingTheOption()
    {
        // Given
        using var temp = new TempDirectory();

        // When
        var action = () => SeriesChart.Save(temp.File("chart.jpg"), Series, [2, 0, -1], new ChartLabels("t", "m"));

        // Then
        var error = action.ShouldThrow<InvalidInputException>().Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("--chart");
        error.Message.ShouldContain("'.jpg'");
        Directory.GetFiles(temp.Path).ShouldBeEmpty();
    }
}
