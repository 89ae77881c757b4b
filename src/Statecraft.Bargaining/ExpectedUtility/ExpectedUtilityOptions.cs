namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// Every choice the expected-utility model leaves open: the parameters Q and the tolerance, and each ambiguity of
/// Scholz, Calbert &amp; Smith (2011) that MODEL-NOTES.md lists, as a named switch with a documented default.
/// </summary>
/// <remarks>
/// Two presets name whole readings: <see cref="ScholzCode"/> reproduces the jmckib replication of Scholz's code
/// round by round, bugs included; <see cref="PaperFaithful"/> follows the printed equations. <see cref="Default"/> is
/// <see cref="ScholzCode"/> with the capitulation branch reachable and ties broken by position, not actor order
/// (both identical on the emission-standards case).
/// </remarks>
public sealed record ExpectedUtilityOptions
{
    /// <summary>Scholz's code as replicated by jmckib @55f63e9, its unreachable capitulation branch included.</summary>
    public static ExpectedUtilityOptions ScholzCode { get; } = new() { Capitulation = false, TieBreak = TieBreak.ActorOrder };

    /// <summary>The printed equations: Eq. B6 probabilities, linear voters, E^j(U_ji) with r_j, least-move offers.</summary>
    public static ExpectedUtilityOptions PaperFaithful { get; } = new()
    {
        Denominator = ProbabilityDenominator.Pairwise,
        Voters = VoterUtility.Linear,
        ChallengerRisk = ChallengerRisk.Own,
        OfferChoice = OfferChoice.LeastMove,
    };

    /// <summary>The model's defaults: <see cref="ScholzCode"/> with capitulations enabled and order-free tie-breaks.</summary>
    public static ExpectedUtilityOptions Default { get; } = new();

    /// <summary>Q, the probability of the status quo if i does not challenge (Eq. B11).</summary>
    /// <value>1, Scholz's choice for the emission-standards case (BDM gave none).</value>
    public double Q { get; init; } = 1.0;

    /// <summary>The normalisation of the probability of success.</summary>
    /// <value><see cref="ProbabilityDenominator.AllPairs"/> (Scholz's code); the paper's eq. 31 is Pairwise.</value>
    public ProbabilityDenominator Denominator { get; init; } = ProbabilityDenominator.AllPairs;

    /// <summary>The voters' utility in Eq. B5.</summary>
    /// <value><see cref="VoterUtility.RiskAdjusted"/> (Scholz's code); eq. 31 is Linear.</value>
    public VoterUtility Voters { get; init; } = VoterUtility.RiskAdjusted;

    /// <summary>Whose risk exponent evaluates the proposer's expected utility.</summary>
    /// <value><see cref="ExpectedUtility.ChallengerRisk.Perceiver"/> (BDM's quadrant charts, Scholz's code).</value>
    public ChallengerRisk ChallengerRisk { get; init; } = ChallengerRisk.Perceiver;

    /// <summary>The range R that normalises distances.</summary>
    /// <value><see cref="RangeRule.InitialSpread"/> (Scholz's code).</value>
    public RangeRule Range { get; init; } = RangeRule.InitialSpread;

    /// <summary>How an actor picks among the offers it received.</summary>
    /// <value><see cref="ExpectedUtility.OfferChoice.ScholzCode"/>.</value>
    public OfferChoice OfferChoice { get; init; } = OfferChoice.ScholzCode;

    /// <summary>Which of two equally good offers an actor takes.</summary>
    /// <value><see cref="ExpectedUtility.TieBreak.LowerPosition"/>, so that forecasts do not depend on actor order.</value>
    public TieBreak TieBreak { get; init; } = TieBreak.LowerPosition;

    /// <summary>Whether the capitulation branch of Eq. B14 can fire (Scholz's code tests a condition that never holds).</summary>
    /// <value>true.</value>
    public bool Capitulation { get; init; } = true;

    /// <summary>Whether risk exponents come from security sums (Eqs. B12-B13) or stay at 1 ("risk off").</summary>
    /// <value>true.</value>
    public bool RiskExponents { get; init; } = true;

    /// <summary>The orientation of the security sum.</summary>
    /// <value><see cref="ExpectedUtility.SecuritySum.ChallengesAgainst"/> (Scholz §5).</value>
    public SecuritySum SecuritySum { get; init; } = SecuritySum.ChallengesAgainst;

    /// <summary>The rule for T in the no-challenge term.</summary>
    /// <value><see cref="ExpectedUtility.TRule.ScholzCases"/>.</value>
    public TRule TRule { get; init; } = TRule.ScholzCases;

    /// <summary>Which statistic of the final positions is the forecast.</summary>
    /// <value><see cref="ForecastStatistic.Median"/>.</value>
    public ForecastStatistic Forecast { get; init; } = ForecastStatistic.Median;

    /// <summary>
    /// Relative tolerance for equality tests (MODEL-NOTES.md lesson 6): positions closer than this fraction of R count
    /// as equal, a compromise that ends closer than that to the proposer lands on it, offers whose keys differ by less
    /// tie (first actor wins), and expected utilities within this of 0 count as 0.
    /// </summary>
    /// <value>1e-9: far above rounding noise (1e-15), far below any substantive difference.</value>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is unusable.</summary>
    public void Validate()
    {
        if (!(Q >= 0 && Q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Q), "Q must lie between 0 and 1.");
        }

        if (!(Tolerance >= 0 && Tolerance < 1e-3))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), "The tolerance must lie in [0, 1e-3).");
        }
    }
}
