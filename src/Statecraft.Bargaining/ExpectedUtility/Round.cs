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
        _ws.FillVotes(_ws.Neutral, allPairs);
        if (_eu.RiskExponents)
        {
            FillRiskExponents();
            if (_eu.Voters == VoterUtility.RiskAdjusted)
            {
                _ws.FillVotes(_ws.Risk, allPairs);
            }
        }
        else
        {
            Array.Fill(_ws.Risk, 1.0, 0, n);
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
                    sum += _eu.SecuritySum == SecuritySum.ChallengesAgainst ? Challenge(j, i, 1.0) : Challenge(i, j, 1.0);
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

    private OfferBook BestOffer(int i)
    {
        var n = _ws.N;
        var book = OfferBook.Empty;
        var ri = _ws.Risk[i];
        var tolerance = _eu.Tolerance;
        for (var j = 0; j < n; j++)
        {
            if (j == i || _ws.Distance[(i * n) + j] <= tolerance)
            {
                continue;
            }

            var rb = _eu.ChallengerRisk == ChallengerRisk.Perceiver ? ri : _ws.Risk[j];
            var a = Snap(Challenge(i, j, ri), tolerance);
            var b = Snap(Challenge(j, i, rb), tolerance);
            book.Consider(j, _ws.X[i], _ws.X[j], a, b, _eu);
        }

        return book;
    }

    /// <summary>Eq. B11: the expected utility of <paramref name="c"/> challenging <paramref name="t"/>, evaluated with exponent r.</summary>
    private double Challenge(int c, int t, double r)
    {
        var n = _ws.N;
        var d = _ws.Distance[(c * n) + t];
        var p = _ws.Probability(c, t, _eu.Denominator);
        var value = Utilities.Challenge(Utilities.Success(d, r), Utilities.Failure(d, r), Utilities.StatusQuo(r), p, _ws.Salience[t], _eu.Q);
        if (_eu.Q < 1)
        {
            var tValue = Utilities.T(_ws.X[c], _ws.X[t], _median, _eu.TRule);
            var dMedian = Math.Abs(_ws.X[c] - _median) / _range;
            value -= (1 - _eu.Q) * ((tValue * Utilities.Better(dMedian, d, r)) + ((1 - tValue) * Utilities.Worse(dMedian, d, r)));
        }

        return value;
    }

    private static double Snap(double value, double tolerance) => Math.Abs(value) <= tolerance ? 0 : value;
}
