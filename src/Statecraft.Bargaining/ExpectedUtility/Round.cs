using System.Collections.Immutable;
using Statecraft.Bargaining.Spatial;

namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// One round of the expected-utility model (Scholz appendix steps 2-13): the median, a risk-neutral pass for the
/// security sums and risk exponents, then a second pass in which every actor chooses among the offers it receives.
/// Reads positions from the workspace and writes the next positions and the exponents back to it.
/// </summary>
internal readonly ref struct Round
{
    private readonly Workspace _ws;
    private readonly double _range;
    private readonly ExpectedUtilityOptions _eu;
    private readonly double _median;

    public Round(Workspace ws, double range, BargainingOptions options)
    {
        _ws = ws;
        _range = range;
        _eu = options.ExpectedUtility;
        _median = SpatialStatistics.WeightedMedian(ws.X.AsSpan(0, ws.N), ws.Weight.AsSpan(0, ws.N), ws.Order, options.MedianTie);
    }

    public ImmutableArray<BargainingMove> Play()
    {
        var n = _ws.N;
        var allPairs = _eu.Denominator == ProbabilityDenominator.AllPairs;
        _ws.FillDistances(_range);
        _ws.TallyNeutralVotes(allPairs);
        if (_eu.RiskExponents)
        {
            FillRiskExponents();
        }

        _ws.FillUtilities();
        if (_eu.RiskExponents && _eu.Voters == VoterUtility.RiskAdjusted)
        {
            _ws.TallyRiskAdjustedVotes(allPairs);
        }

        ImmutableArray<BargainingMove>.Builder? moves = null;
        for (var i = 0; i < n; i++)
        {
            var offer = BestOffer(i);
            _ws.Next[i] = offer.HasOffer ? offer.Position : _ws.X[i];
            if (offer.HasOffer)
            {
                moves ??= ImmutableArray.CreateBuilder<BargainingMove>();
                moves.Add(new BargainingMove(i, offer.Proposer, offer.Kind, offer.OwnEu, offer.ProposerEu, _ws.X[i], offer.Position));
            }
        }

        return moves is null ? [] : moves.ToImmutable();
    }

    /// <summary>Eqs. B12-B13: security sums from a risk-neutral pass, then r_i = (1 − R_i/3)/(1 + R_i/3).</summary>
    private void FillRiskExponents()
    {
        var n = _ws.N;
        double max = double.NegativeInfinity, min = double.PositiveInfinity;
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sum += _eu.SecuritySum == SecuritySum.ChallengesAgainst ? NeutralChallenge(j, i) : NeutralChallenge(i, j);
                }
            }

            _ws.Security[i] = sum;
            max = Math.Max(max, sum);
            min = Math.Min(min, sum);
        }

        var spread = max - min;
        var flat = !(spread > 1e-12 * Math.Max(1, Math.Max(Math.Abs(max), Math.Abs(min))));
        for (var i = 0; i < n; i++)
        {
            // Symmetric actors or n = 2 leave no spread to normalise: fall back to risk neutrality (lesson 4).
            var relative = flat ? 0 : Math.Clamp(((2 * _ws.Security[i]) - max - min) / spread, -1, 1);
            _ws.Risk[i] = (1 - (relative / 3)) / (1 + (relative / 3));
        }
    }

    /// <summary>Eq. B11 with r = 1, where U_s = 2d, U_f = −2d and U_sq = 0 need no powers.</summary>
    private double NeutralChallenge(int c, int t)
    {
        var d = _ws.Distance[(c * _ws.Stride) + t];
        var p = _ws.Probability(c, t, _eu.Denominator);
        var value = Utilities.Challenge(Utilities.Success(d, 1), Utilities.Failure(d, 1), 0, p, _ws.Salience[t], _eu.Q);
        return _eu.Q < 1 ? value - NoChallenge(c, t, d, 1) : value;
    }

    private OfferBook BestOffer(int i)
    {
        int n = _ws.N, s = _ws.Stride;
        var book = OfferBook.Empty;
        var tolerance = _eu.Tolerance;
        var own = _eu.ChallengerRisk == ChallengerRisk.Own;
        for (var j = 0; j < n; j++)
        {
            var d = _ws.Distance[(i * s) + j];
            if (j == i || d <= tolerance)
            {
                continue;
            }

            // a = E^i(U_ij) with r_i; b = E(U_ji) with r_i (as i perceives it) or with r_j (the proposer's own).
            var a = Snap(Challenge(i, j, i, (i * s) + j, d), tolerance);
            var b = Snap(own ? Challenge(j, i, j, (j * s) + i, d) : Challenge(j, i, i, (i * s) + j, d), tolerance);
            book.Consider(j, _ws.X[i], _ws.X[j], a, b, _range, _eu);
        }

        return book;
    }

    /// <summary>
    /// Eq. B11: the expected utility of <paramref name="c"/> challenging <paramref name="t"/> with the exponent of
    /// <paramref name="viewer"/>, whose U_s and U_f for this distance sit at <paramref name="cell"/>.
    /// </summary>
    private double Challenge(int c, int t, int viewer, int cell, double d)
    {
        var p = _ws.Probability(c, t, _eu.Denominator);
        var value = Utilities.Challenge(_ws.Success[cell], _ws.Failure[cell], _ws.StatusQuo[viewer], p, _ws.Salience[t], _eu.Q);
        return _eu.Q < 1 ? value - NoChallenge(c, t, d, _ws.Risk[viewer]) : value;
    }

    /// <summary>Eqs. B9-B11: (1 − Q)[T U_b + (1 − T) U_w] for challenger c and target t.</summary>
    private double NoChallenge(int c, int t, double d, double r)
    {
        var tValue = Utilities.T(_ws.X[c], _ws.X[t], _median, _eu.TRule);
        var dMedian = Math.Abs(_ws.X[c] - _median) / _range;
        return (1 - _eu.Q) * ((tValue * Utilities.Better(dMedian, d, r)) + ((1 - tValue) * Utilities.Worse(dMedian, d, r)));
    }

    private static double Snap(double value, double tolerance) => Math.Abs(value) <= tolerance ? 0 : value;
}
