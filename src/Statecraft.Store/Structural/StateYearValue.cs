namespace Statecraft.Store.Structural;

/// <summary>One figure for one state and year, as read from a structural data file.</summary>
internal readonly record struct StateYearValue(string Iso3, int Year, StateYearColumn Column, double Value);

/// <summary>What reading one structural file gave: values, rows skipped because they are not states, and bad rows.</summary>
internal sealed class StructuralRead(string file)
{
    public string File { get; } = file;

    public List<StateYearValue> Values { get; } = [];

    public long Rows { get; set; }

    public long NotStates { get; set; }

    public List<Cases.Diagnostics.InputError> Errors { get; } = [];

    public void Error(long line, string field, string message) =>
        Errors.Add(new Cases.Diagnostics.InputError(File, (int)line, 0, field, message));
}
