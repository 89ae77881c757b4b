using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;
using Statecraft.Cli.Commands.Bargaining;
using Statecraft.Cli.Commands.Coding;
using Statecraft.Cli.Infrastructure;
using Statecraft.Coding.Documents;
using Statecraft.Store.Shocks;

namespace Statecraft.Cli.Tests.Habits;

/// <summary>
/// Issue 13 item 6: options that take one of a fixed set of values are enums, so help lists the choices and a typo is a
/// usage error (exit 2) that names the option and its choices.
/// </summary>
public sealed class EnumOptionTests
{
    public static TheoryData<string[], string, string> Typos => new()
    {
        { ["analyze", "--model", "eu2"], "--model", "eu, compromise, median, nash" },
        { ["analyze", "--distribution", "triangle"], "--distribution", "triangular, uniform" },
        { ["analyze", "--format=xml"], "--format", "table, json" },
        { ["evaluate", "--format", "xml"], "--format", "table, json" },
        { ["case", "show", "cases/japan-us-2016", "-f", "yaml"], "-f", "table, json" },
        { ["bargain", "--model", "nope", "t.csv"], "--model", "eu, compromise, median, nash" },
        { ["bargain", "--eu-mode", "scholz", "t.csv"], "--eu-mode", "default, scholz-code, paper" },
        { ["bargain", "--format", "csv", "t.csv"], "--format", "table, json" },
        { ["events", "series", "--by", "fortnight"], "--by", "day, week, month, quarter, year" },
        { ["events", "series", "--format", "xml"], "--format", "table, csv, json" },
        { ["events", "shock", "--dyad", "JPN-USA", "--date", "2016-11-08", "--measure", "mean"], "--measure", "net_cooperation, goldstein_sum, goldstein_mean, events" },
        { ["events", "import", "e.jsonl", "--format", "gdelt3"], "--format", "jsonl, csv, gdelt1, gdelt2, icews, parquet" },
        { ["events", "export", "e.out", "--format", "xlsx"], "--format", "parquet, csv, jsonl" },
        { ["code", "a.txt", "--format", "xml"], "--format", "jsonl, csv, tsv" },
        { ["code", "a.txt", "--input-format", "pdf"], "--input-format", "text, markdown, html, jsonl, xml" },
        { ["code", "a.xml", "--mode", "tree"], "--mode", "text, parity, syntax" },
        { ["worker", "--membership", "consul"], "--membership", "localhost, postgres" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void Typo_UsageErrorNamingTheOptionAndItsChoices(string[] args, string option, string choices)
    {
        // When
        var result = CliRunner.Run(args);

        // Then
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain($"usage error: {option}: '");
        result.Error.ShouldContain($"is not one of {choices}");
        result.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("scholz-code", EuMode.ScholzCode)]
    [InlineData("SCHOLZ_CODE", EuMode.ScholzCode)]
    [InlineData("paper", EuMode.Paper)]
    [InlineData("default", EuMode.Default)]
    public void Parse_SpellingsUsersType_TheirMember(string text, EuMode expected) =>
        new ChoiceConverter<EuMode>().Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("net_cooperation", ShockMeasure.NetCooperation)]
    [InlineData("goldstein_mean", ShockMeasure.GoldsteinMean)]
    [InlineData("events", ShockMeasure.Events)]
    public void Parse_SnakeCaseMeasures_TheirMember(string text, ShockMeasure expected) =>
        new SnakeChoiceConverter<ShockMeasure>().Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("txt", DocumentFormat.Text)]
    [InlineData("md", DocumentFormat.Markdown)]
    [InlineData("xml", DocumentFormat.PetrarchXml)]
    [InlineData("petrarch", DocumentFormat.PetrarchXml)]
    [InlineData("HTML", DocumentFormat.Html)]
    public void Parse_InputFormatAliases_TheirMember(string text, DocumentFormat expected) =>
        new InputFormatConverter().Parse(text).ShouldBe(expected);

    [Fact]
    public void ModelName_EveryMember_IsALibraryModelAndBack()
    {
        // When
        var names = Enum.GetValues<ModelName>().Select(ModelNames.Name).ToList();

        // Then
        names.ShouldBe(Statecraft.Bargaining.BargainingModels.Names);
    }

    [Fact]
    public void EnumOptions_HaveAChoiceConverterAndTheirHelpListsEveryChoice()
    {
        // Given
        var options = typeof(StatecraftApp).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null)
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
            .ToList();

        // Then
        options.Count.ShouldBeGreaterThanOrEqualTo(16);
        foreach (var option in options)
        {
            var where = $"{option.DeclaringType!.Name}.{option.Name}";
            var converterType = option.GetCustomAttribute<TypeConverterAttribute>()?.ConverterTypeName;
            converterType.ShouldNotBeNull($"{where} has no ChoiceConverter");
            var converter = Activator.CreateInstance(Type.GetType(converterType, throwOnError: true)!)!;
            var choices = (IReadOnlyList<string>)converter.GetType().GetProperty(nameof(ChoiceConverter<TableFormat>.Choices))!.GetValue(converter)!;
            var description = option.GetCustomAttribute<DescriptionAttribute>()!.Description;
            foreach (var choice in choices)
            {
                description.ShouldContain(choice, Case.Sensitive, $"{where}: help does not list '{choice}'");
            }
        }
    }

    [Fact]
    public void Help_ListsTheChoicesOfEnumOptions()
    {
        // When
        var result = CliRunner.Run("analyze", "--help");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("triangular");
        result.Out.ShouldContain("uniform");
        result.Out.ShouldContain("eu, compromise, median or nash");
    }

    [Fact]
    public void Analyze_SpellingsUsersType_StillAccepted()
    {
        // When
        var result = CliRunner.Run("analyze", "--model", "EU", "--distribution", "uniform", "--format", "json");

        // Then
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.TrimStart().ShouldStartWith("{");
    }
}
