namespace Statecraft.Bargaining.Evaluation;

/// <summary>How well one model forecast a set of issues.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Issues">The number of issues scored.</param>
/// <param name="MeanAbsoluteError">Eq. B18: the mean absolute difference between forecast and outcome.</param>
public sealed record ModelScore(string Model, int Issues, double MeanAbsoluteError);
