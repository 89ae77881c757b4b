using System.Globalization;

namespace Statecraft.Coding.Evaluation;

/// <summary>Precision and recall of extracted events against gold events.</summary>
/// <param name="Extracted">Extracted events scored.</param>
/// <param name="Correct">Extracted events that match some gold event.</param>
/// <param name="Gold">Gold events.</param>
/// <param name="Found">Gold events matched by some extracted event.</param>
internal sealed record AccuracyScore(int Extracted, int Correct, int Gold, int Found)
{
    /// <summary>Correct / extracted (1 when nothing was extracted).</summary>
    public double Precision => Extracted == 0 ? 1 : (double)Correct / Extracted;

    /// <summary>Found / gold (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static AccuracyScore operator +(AccuracyScore a, AccuracyScore b) =>
        new(a.Extracted + b.Extracted, a.Correct + b.Correct, a.Gold + b.Gold, a.Found + b.Found);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.00} ({Correct}/{Extracted}), R {Recall:0.00} ({Found}/{Gold}), F1 {F1:0.00}");
}
