using System.Globalization;
using Statecraft.Bargaining;
using Statecraft.Bargaining.ExpectedUtility;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Bargaining;

/// <summary>Turns the bargain verbs' option values into library options; bad values are usage errors (exit 2).</summary>
internal static class BargainOptionsParser
{
    /// <summary>The most rounds the expected utility model may play (each keeps its positions for the trajectory).</summary>
    public const int MaxRounds = 1_000;

    public static BargainingOptions Options(int rounds, double q, EuMode euMode)
    {
        if (rounds is < 1 or > MaxRounds)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--rounds must be between 1 and {MaxRounds:N0}, not {rounds}"));
        }

        if (!(q >= 0 && q <= 1))
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--q must lie between 0 and 1, not {q}"));
        }

        var eu = euMode switch
        {
            EuMode.ScholzCode => ExpectedUtilityOptions.ScholzCode,
            EuMode.Paper => ExpectedUtilityOptions.PaperFaithful,
            _ => ExpectedUtilityOptions.Default,
        };
        return new BargainingOptions { MaxRounds = rounds, ExpectedUtility = eu with { Q = q } };
    }

    public static IBargainingModel Model(ModelName name) => Model(ModelNames.Name(name));

    public static IBargainingModel Model(string name) =>
        BargainingModels.Find(name.Trim())
        ?? throw new UsageException($"unknown model '{name}'; expected one of {string.Join(", ", BargainingModels.Names)}");

    public static IReadOnlyList<IBargainingModel> Models(string? names) =>
        names is null ? BargainingModels.All : [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Model)];
}
