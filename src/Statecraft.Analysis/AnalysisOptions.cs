using Statecraft.Bargaining;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis;

/// <summary>
/// The documented parameters of the neoclassical-realist engine (docs/model.md, "The analysis engine").
/// Every threshold is a parameter with a default; no rule knows which case, state or issue it runs on.
/// </summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The bargaining model whose forecast decides the label (Eq. A9).</summary>
    /// <value><c>eu</c>, the expected utility model; the others are reported beside it.</value>
    public string Model { get; init; } = "eu";

    /// <summary>Options passed to every bargaining model.</summary>
    /// <value>The models' documented defaults (docs/model.md, "Bargaining models").</value>
    public BargainingOptions Bargaining { get; init; } = BargainingOptions.Default;

    /// <summary>How far, as a share of the issue's scale, the partner must move relative to the focal state's ideal to count as a move (Eq. A7).</summary>
    /// <value>0.1</value>
    public double MoveThreshold { get; init; } = 0.1;

    /// <summary>How close, as a share of the scale, the forecast must come to the focal state's ideal to count as "near" (Eq. A10).</summary>
    /// <value>0.1</value>
    public double NearThreshold { get; init; } = 0.1;

    /// <summary>A jump of the partner's position between consecutive periods, as a share of the scale, that makes it volatile (Eq. A8).</summary>
    /// <value>0.3</value>
    public double VolatilityThreshold { get; init; } = 0.3;

    /// <summary>How far access lets the focal leader pull the partner's executive towards the focal ideal (Eq. A5).</summary>
    /// <value>0.5: full access on an issue the partner does not care about closes half the gap.</value>
    public double PersuasionStrength { get; init; } = 0.5;

    /// <summary>A rise of the partner executive's salience on an issue that counts as pressing (on a distant demand) or engaging (on a shared aim) (Eq. A7b).</summary>
    /// <value>0.2</value>
    public double SalienceThreshold { get; init; } = 0.2;

    /// <summary>The Goldstein weight at or below which a focal act against the partner is a counter-measure (Eq. A10a): rejecting a proposal (-5), threats, sanctions and tariffs; not criticism (-2).</summary>
    /// <value>-5</value>
    public double ResistThreshold { get; init; } = -5;

    /// <summary>The steps in which the focal leader can use its access (Eq. A5d): the forecast is the best of the runs at 0, s, 2s, ... up to the access it has.</summary>
    /// <value>0.1</value>
    public double AccessStep { get; init; } = 0.1;

    /// <summary>The weight of a channel (an adviser's or ambassador's line into the partner's circle) relative to a leaders' personal tie (Eq. A4).</summary>
    /// <value>0.5</value>
    public double ChannelWeight { get; init; } = 0.5;

    /// <summary>How strongly a leader's threat perception of a state taking part in an issue raises the leader's salience (Eq. A3).</summary>
    /// <value>0.5</value>
    public double PerceptionWeight { get; init; } = 0.5;

    /// <summary>How strongly a domestic actor's clout scales its capability (Eq. A2).</summary>
    /// <value>1.0: clout 1 gives 1.5 times, clout 0 half, the stated capability.</value>
    public double CloutWeight { get; init; } = 1.0;

    /// <summary>
    /// Role titles that make an actor the executive (the one who bargains for it) of a state whose case gives no
    /// <c>government</c> (Eq. A0b): the holder with the most days in a period, ties broken by this order.
    /// </summary>
    public IReadOnlyList<string> ExecutiveTitles { get; init; } = ["president", "prime-minister", "chancellor", "premier", "head-of-government", "supreme-leader"];

    /// <summary>
    /// The executive offices of each form of government, highest rank first (Eq. A0a): the highest-ranked office held in a
    /// period decides, its holders by days. A presidential republic's prime minister is never its executive.
    /// </summary>
    public IReadOnlyDictionary<Government, IReadOnlyList<string>> ExecutiveOffices { get; init; } = new Dictionary<Government, IReadOnlyList<string>>
    {
        [Government.Presidential] = ["president", "head-of-state"],
        [Government.Parliamentary] = ["prime-minister", "chancellor", "premier", "head-of-government"],
        [Government.SemiPresidential] = ["president", "head-of-state", "prime-minister", "premier", "head-of-government"],
        [Government.Monarchy] = ["monarch", "king", "queen", "emir", "sultan", "head-of-state", "crown-prince", "prime-minister", "head-of-government"],
        [Government.OneParty] = ["general-secretary", "party-leader", "chairman", "president", "premier", "prime-minister"],
        [Government.Theocracy] = ["supreme-leader", "president", "head-of-government"],
    };

    /// <summary>The fewest issues on which the focal state and another state must both take positions for their closeness to read an alignment (Eq. S7b).</summary>
    /// <value>3: two issues are too few to tell an alignment from a coincidence of interests.</value>
    public int MinIssueCoverage { get; init; } = 3;

    /// <summary>Months before the shock and after it over which events measure hostility (Eq. S3).</summary>
    /// <value>24</value>
    public int HostilityWindowMonths { get; init; } = 24;

    /// <summary>Goldstein weight of a CAMEO code, from the event coder's ontology; null leaves hostility to case inputs.</summary>
    public Func<string, double?>? Goldstein { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is unusable.</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(MoveThreshold), MoveThreshold), (nameof(NearThreshold), NearThreshold), (nameof(VolatilityThreshold), VolatilityThreshold),
            (nameof(PersuasionStrength), PersuasionStrength), (nameof(ChannelWeight), ChannelWeight), (nameof(PerceptionWeight), PerceptionWeight),
            (nameof(SalienceThreshold), SalienceThreshold),
        })
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(name, value, "must lie in 0..1");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(CloutWeight);
        if (!(ResistThreshold >= -10 && ResistThreshold <= 10))
        {
            throw new ArgumentOutOfRangeException(nameof(ResistThreshold), ResistThreshold, "must lie in -10..10 (the Goldstein scale)");
        }

        if (!(AccessStep > 0 && AccessStep <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AccessStep), AccessStep, "must lie in (0, 1]");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(HostilityWindowMonths);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinIssueCoverage);
        if (BargainingModels.Find(Model) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(Model), Model, "unknown bargaining model; known: " + string.Join(", ", BargainingModels.Names));
        }

        Bargaining.Validate();
    }
}
