namespace Statecraft.Cli.Commands.Bargaining;

/// <summary>The bargaining models <c>--model</c> names; each member's lower-case name is the model's name in <see cref="Statecraft.Bargaining.BargainingModels"/>.</summary>
public enum ModelName
{
    /// <summary>Expected utility (Bueno de Mesquita, Scholz et al.).</summary>
    Eu,

    /// <summary>The capability- and salience-weighted mean position.</summary>
    Compromise,

    /// <summary>The weighted median position.</summary>
    Median,

    /// <summary>The Nash bargaining solution.</summary>
    Nash,
}

/// <summary>The readings of the expected-utility model <c>--eu-mode</c> names.</summary>
public enum EuMode
{
    /// <summary>This project's reading.</summary>
    Default,

    /// <summary>Reproduces Scholz's code.</summary>
    ScholzCode,

    /// <summary>The printed equations.</summary>
    Paper,
}

/// <summary>Maps <see cref="ModelName"/> to the library's model names.</summary>
public static class ModelNames
{
    /// <summary>The name <see cref="Statecraft.Bargaining.BargainingModels.Find"/> takes: <c>eu</c>, <c>compromise</c>, ...</summary>
    public static string Name(ModelName model) => model.ToString().ToLowerInvariant();
}
