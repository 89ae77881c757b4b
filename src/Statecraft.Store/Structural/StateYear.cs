namespace Statecraft.Store.Structural;

/// <summary>One state's structural figures for one year, as the <c>state_years</c> table holds them (null where no source gave one).</summary>
/// <param name="Iso3">ISO alpha-3 code.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Figures">The figures present, by column.</param>
internal sealed record StateYear(string Iso3, int Year, IReadOnlyDictionary<StateYearColumn, double> Figures)
{
    /// <summary>The figure in <paramref name="column"/>, or null.</summary>
    public double? this[StateYearColumn column] => Figures.TryGetValue(column, out var value) ? value : null;
}
