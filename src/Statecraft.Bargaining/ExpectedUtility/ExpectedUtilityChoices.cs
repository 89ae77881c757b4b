namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>How the probability that i prevails over j is normalised (MODEL-NOTES.md lesson 2).</summary>
public enum ProbabilityDenominator
{
    /// <summary>Eq. B6 (Scholz eq. 31): votes of this pair only, so P^i + P^j = 1.</summary>
    Pairwise,

    /// <summary>Eq. B7: the sum of |vote| over all voters and all actor pairs, as Scholz's code does.</summary>
    AllPairs,
}

/// <summary>Which utility a third-party voter k uses when it backs i or j in Eq. B5.</summary>
public enum VoterUtility
{
    /// <summary>Linear distance, as Scholz's eq. 31 is written.</summary>
    Linear,

    /// <summary>Distance raised to the voter's own risk exponent r_k, as Scholz's code does.</summary>
    RiskAdjusted,
}

/// <summary>Whose risk exponent evaluates E^j(U_ji), the proposer's expected utility as the mover sees it.</summary>
public enum ChallengerRisk
{
    /// <summary>The perceiver i's r_i for both axes of i's quadrant chart (BDM's "view from i"; Scholz's code).</summary>
    Perceiver,

    /// <summary>The proposer j's own r_j, a literal reading of E^j(U_ji).</summary>
    Own,
}

/// <summary>Which width R normalises distances (MODEL-NOTES.md lesson 5).</summary>
public enum RangeRule
{
    /// <summary>max − min of the initial positions, held fixed for the whole run (Scholz's code).</summary>
    InitialSpread,

    /// <summary>max − min of the current positions, recomputed every round (falls back to the initial spread at 0).</summary>
    RoundSpread,

    /// <summary>The scale bounds where the table gives them, otherwise the initial spread.</summary>
    ScaleBounds,
}

/// <summary>How an actor chooses among the offers it received (Eq. B15).</summary>
public enum OfferChoice
{
    /// <summary>
    /// Scholz's code: confrontation before compromise before capitulation; the confrontation or capitulation that moves
    /// the actor least, but the compromise with the lowest |EU|-weighted average of the two positions.
    /// </summary>
    ScholzCode,

    /// <summary>The same order of kinds, and within a kind the offer that moves the actor least (BDM 1997 pp. 251-252).</summary>
    LeastMove,

    /// <summary>The same order of kinds, and within a kind the proposer with the highest expected utility.</summary>
    StrongestProposer,
}

/// <summary>When T = 1 in the no-challenge term (Eq. B10); it matters only when Q &lt; 1.</summary>
public enum TRule
{
    /// <summary>Scholz p. 22: T = 1 unless j lies strictly between i and the median (then j's drift hurts i).</summary>
    ScholzCases,

    /// <summary>T = 1 exactly when i is closer to the median than to j (the schelling replication's reading).</summary>
    MedianCloser,
}

/// <summary>Which subscripts the security sum of Eq. B12 uses.</summary>
public enum SecuritySum
{
    /// <summary>S_i = Σ_j E(U_ji), what others expect from challenging i (Scholz §5, after BDM 1985).</summary>
    ChallengesAgainst,

    /// <summary>S_i = Σ_j E(U_ij), what i expects from challenging others (BDM 1997 p. 247, rejected by Scholz).</summary>
    ChallengesBy,
}

/// <summary>Which statistic of the final positions is the forecast.</summary>
public enum ForecastStatistic
{
    /// <summary>The weighted median (Condorcet position), as BDM and Scholz report.</summary>
    Median,

    /// <summary>The weighted mean of the final positions.</summary>
    Mean,
}

/// <summary>Which offer wins when two of the same kind have equal keys (MODEL-NOTES.md lesson 6).</summary>
public enum TieBreak
{
    /// <summary>The proposer listed first (Python's <c>min</c> in Scholz's code): depends on the table's order.</summary>
    ActorOrder,

    /// <summary>The offer with the lower position: the result does not depend on the order of the actors.</summary>
    LowerPosition,
}
