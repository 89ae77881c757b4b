namespace Statecraft.Bargaining.Tables;

/// <summary>The scale an input table gave saliences on; models always receive saliences on 0-1.</summary>
public enum SalienceScale
{
    /// <summary>Saliences were fractions from 0 to 1.</summary>
    Unit,

    /// <summary>Saliences were percentages from 0 to 100 and were divided by 100.</summary>
    Percent,
}
