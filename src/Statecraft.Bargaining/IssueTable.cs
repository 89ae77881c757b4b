using System.Collections.Immutable;
using System.Globalization;

namespace Statecraft.Bargaining;

/// <summary>
/// An immutable bargaining problem: the actors with their capability, position and salience on one issue scale,
/// and, where known, the scale's ends and the status quo (the outcome if nobody agrees).
/// </summary>
/// <remarks>Actor order is significant only where a model documents an order-based tie-break.</remarks>
public sealed class IssueTable
{
    /// <summary>Validates and freezes the table; throws <see cref="ArgumentException"/> on unusable values.</summary>
    public IssueTable(IEnumerable<BargainingActor> actors, ScaleBounds? scale = null, double? statusQuo = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        Actors = [.. actors];
        Scale = scale;
        StatusQuo = statusQuo;
        Validate();
    }

    /// <summary>The actors, in the order given.</summary>
    public ImmutableArray<BargainingActor> Actors { get; }

    /// <summary>The ends of the issue scale, when known.</summary>
    public ScaleBounds? Scale { get; }

    /// <summary>The status quo (disagreement point), when known.</summary>
    public double? StatusQuo { get; }

    /// <summary>The number of actors.</summary>
    public int Count => Actors.Length;

    /// <summary>A copy with other positions (same actors, same order), as a bargaining round produces.</summary>
    public IssueTable WithPositions(IReadOnlyList<double> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count != Count)
        {
            throw new ArgumentException("One position per actor is required.", nameof(positions));
        }

        return new IssueTable(Actors.Select((a, i) => a with { Position = positions[i] }), Scale, StatusQuo);
    }

    private void Validate()
    {
        if (Actors.IsEmpty)
        {
            throw new ArgumentException("An issue needs at least one actor.");
        }

        if (Scale is { } s && !(double.IsFinite(s.Min) && double.IsFinite(s.Max) && s.Max > s.Min))
        {
            throw new ArgumentException("The scale's upper end must lie above its lower end.");
        }

        if (StatusQuo is { } q && !double.IsFinite(q))
        {
            throw new ArgumentException("The status quo must be a finite number.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in Actors)
        {
            ValidateActor(actor, seen);
        }
    }

    private void ValidateActor(BargainingActor actor, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(actor.Id) || !seen.Add(actor.Id))
        {
            throw new ArgumentException($"Actor id '{actor.Id}' is empty or repeated.");
        }

        if (!double.IsFinite(actor.Position) || (Scale is { } s && !s.Contains(actor.Position)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Actor '{actor.Id}': position {actor.Position} is not on the scale."));
        }

        if (!(actor.Capability >= 0) || !double.IsFinite(actor.Capability))
        {
            throw new ArgumentException($"Actor '{actor.Id}': capability must be a finite number of at least 0.");
        }

        if (!(actor.Salience >= 0 && actor.Salience <= 1))
        {
            throw new ArgumentException($"Actor '{actor.Id}': salience must lie between 0 and 1.");
        }
    }
}
