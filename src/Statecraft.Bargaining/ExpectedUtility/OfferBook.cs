namespace Statecraft.Bargaining.ExpectedUtility;

/// <summary>
/// The offers one actor received in a round, reduced on the fly to the one it accepts (Eq. B15): kinds rank
/// confrontation, then compromise, then capitulation; within a kind the smallest key wins, and equal keys go to the
/// proposer first in actor order or to the lower position (<see cref="TieBreak"/>).
/// </summary>
internal struct OfferBook
{
    private int _rank;
    private double _key;

    public int Proposer { get; private set; }

    public MoveKind Kind { get; private set; }

    public double Position { get; private set; }

    public double OwnEu { get; private set; }

    public double ProposerEu { get; private set; }

    public readonly bool HasOffer => Proposer >= 0;

    public static OfferBook Empty => new() { Proposer = -1, _rank = int.MaxValue };

    /// <summary>
    /// Eq. B14: classifies the pair (a = E^i(U_ij), b = E^i(U_ji)) and keeps the offer if it is the best so far.
    /// Keys closer than <paramref name="range"/> × tolerance tie, so rounding never decides between equal offers.
    /// </summary>
    public void Consider(int j, double xi, double xj, double a, double b, double range, ExpectedUtilityOptions options)
    {
        MoveKind kind;
        double position;
        var slack = options.Tolerance;
        if (a > 0 && b > a + slack)
        {
            // Conflict that i expects to lose: i gives in fully.
            kind = MoveKind.Confrontation;
            position = xj;
        }
        else if (a < 0 && b > 0 && b >= -a - slack)
        {
            // j has the upper hand: i moves |a/b| of the way toward j (Scholz eq. 36). Expected utilities carry
            // absolute rounding noise, so |a| and b within the tolerance count as equal (ratio 1) rather than letting
            // noise choose between a compromise and a capitulation.
            kind = MoveKind.Compromise;
            position = xi + ((xj - xi) * Math.Min(1, Math.Abs(a / b)));
            if (Math.Abs(xj - position) <= options.Tolerance * range)
            {
                // A concession ratio within rounding of 1: land exactly on j, so later rounds see one position.
                position = xj;
            }
        }
        else if (options.Capitulation && a < 0 && b > 0)
        {
            kind = MoveKind.Capitulation;
            position = xj;
        }
        else
        {
            return;
        }

        var rank = (int)kind;
        var key = Key(kind, xi, xj, a, b, position, options.OfferChoice);
        var keySlack = options.OfferChoice == OfferChoice.StrongestProposer ? options.Tolerance : options.Tolerance * range;
        var tie = rank == _rank && Math.Abs(key - _key) <= keySlack;
        var lower = options.TieBreak == TieBreak.LowerPosition && position < Position - (options.Tolerance * range);
        if (rank < _rank || (rank == _rank && key < _key - keySlack) || (tie && lower))
        {
            (_rank, _key, Proposer, Kind, Position, OwnEu, ProposerEu) = (rank, key, j, kind, position, a, b);
        }
    }

    private static double Key(MoveKind kind, double xi, double xj, double a, double b, double position, OfferChoice choice) =>
        choice switch
        {
            OfferChoice.StrongestProposer => -b,
            // Scholz's code ranks compromises by the |EU|-weighted average of the two positions, lowest first.
            OfferChoice.ScholzCode when kind == MoveKind.Compromise => ((Math.Abs(a) * xi) + (Math.Abs(b) * xj)) / (Math.Abs(a) + Math.Abs(b)),
            _ => Math.Abs(xi - position),
        };
}
