using System.Globalization;

namespace Statecraft.Analysis.Evaluation;

/// <summary>
/// A threshold or weight of the engine that leave-one-case-out calibration searches (docs/model.md, Eq. E3) and that the
/// Monte Carlo sweep draws (Eq. A12): its name, how to read and set it on <see cref="AnalysisOptions"/>, the grid the
/// search tries and the spread drawn when no calibration is given.
/// </summary>
public sealed record EngineParameter(string Name, Func<AnalysisOptions, double> Get, Func<AnalysisOptions, double, AnalysisOptions> Set, IReadOnlyList<double> Grid)
{
    /// <summary>The smallest value the parameter can take (tipping points search down to it).</summary>
    public double Min { get; init; }

    /// <summary>The largest value the parameter can take.</summary>
    public double Max { get; init; } = 1;

    /// <summary>The parameters the calibration searches, with their grids (Eq. E3).</summary>
    public static IReadOnlyList<EngineParameter> Calibrated { get; } =
    [
        new(nameof(AnalysisOptions.MoveThreshold), o => o.MoveThreshold, (o, v) => o with { MoveThreshold = v }, [0.05, 0.1, 0.15, 0.2]),
        new(nameof(AnalysisOptions.NearThreshold), o => o.NearThreshold, (o, v) => o with { NearThreshold = v }, [0.05, 0.1, 0.2]),
        new(nameof(AnalysisOptions.VolatilityThreshold), o => o.VolatilityThreshold, (o, v) => o with { VolatilityThreshold = v }, [0.2, 0.3, 0.4]),
        new(nameof(AnalysisOptions.PersuasionStrength), o => o.PersuasionStrength, (o, v) => o with { PersuasionStrength = v }, [0.25, 0.5, 0.75]),
        new(nameof(AnalysisOptions.ChannelWeight), o => o.ChannelWeight, (o, v) => o with { ChannelWeight = v }, [0.25, 0.5, 0.75]),
        new(nameof(AnalysisOptions.SalienceThreshold), o => o.SalienceThreshold, (o, v) => o with { SalienceThreshold = v }, [0.1, 0.2, 0.3]),
        new(nameof(AnalysisOptions.ResistThreshold), o => o.ResistThreshold, (o, v) => o with { ResistThreshold = v }, [-6, -5, -4]) { Min = -10, Max = 0 },
    ];

    public static EngineParameter? Find(string name) =>
        Calibrated.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The spread drawn without a calibration: the grid's ends, with the documented default as the mode.</summary>
    public ParameterSpread DefaultSpread => new(Name, Grid[0], Get(AnalysisOptions.Default), Grid[^1]);

    public override string ToString() => Name;
}

/// <summary>A parameter's spread: its smallest, middle and largest value (over calibration folds, or by default its grid).</summary>
public sealed record ParameterSpread(string Name, double Min, double Median, double Max)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Min:0.###}..{Median:0.###}..{Max:0.###}");
}
