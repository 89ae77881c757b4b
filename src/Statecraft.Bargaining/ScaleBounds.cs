namespace Statecraft.Bargaining;

/// <summary>The ends of an issue scale, such as 0 and 100 for DEU issues or 4 and 10 years for emission standards.</summary>
/// <param name="Min">The lower end.</param>
/// <param name="Max">The upper end, strictly above <paramref name="Min"/>.</param>
public readonly record struct ScaleBounds(double Min, double Max)
{
    /// <summary>The width of the scale.</summary>
    public double Width => Max - Min;

    /// <summary>Whether <paramref name="value"/> lies on the scale.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
