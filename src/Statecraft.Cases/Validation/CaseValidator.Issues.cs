using Statecraft.Cases.Model;

namespace Statecraft.Cases.Validation;

public sealed partial class CaseValidator
{
    private void CheckIssues()
    {
        foreach (var issue in _case.Issues)
        {
            Issue.Shape.Check(issue, this);
            if (issue.Scale.Min >= issue.Scale.Max)
            {
                Error(issue.Scale, "max", $"scale max {Format(issue.Scale.Max)} must be above min {Format(issue.Scale.Min)}");
                continue;
            }

            CheckAnchors(issue);
            RequireOnScale(issue.StatusQuo, "value", issue.StatusQuo.Value, issue, "status quo");
            var seen = new HashSet<(string, string)>();
            foreach (var position in issue.Positions)
            {
                CheckPosition(issue, position);
                if (!seen.Add((position.Actor, position.Period)))
                {
                    Error(position, null, $"'{position.Actor}' already has a position on '{issue.Id}' in period '{position.Period}'");
                }
            }
        }
    }

    /// <summary>Anchors lie strictly inside the scale (its ends are <c>low</c> and <c>high</c>), once each.</summary>
    private void CheckAnchors(Issue issue)
    {
        var seen = new HashSet<double>();
        foreach (var anchor in issue.Scale.Anchors)
        {
            if (anchor.Value <= issue.Scale.Min || anchor.Value >= issue.Scale.Max)
            {
                Error(anchor, "at", $"anchor {Format(anchor.Value)} must lie inside the scale {Format(issue.Scale.Min)}..{Format(issue.Scale.Max)} of issue '{issue.Id}' (its ends are 'low' and 'high')");
            }
            else if (!seen.Add(anchor.Value))
            {
                Error(anchor, "at", $"anchor {Format(anchor.Value)} is described twice");
            }
        }
    }

    private void CheckPosition(Issue issue, Position position)
    {
        RequireOnScale(position, "position", position.Value, issue, "position");
        if (position.Capability < 0)
        {
            Error(position, "capability", $"capability {Format(position.Capability)} is negative");
        }

        if (position.Range is { } range)
        {
            RequireOrderedRange(position, "range", range);
            RequireOnScale(position, "range", range.Low, issue, "range");
            RequireOnScale(position, "range", range.High, issue, "range");
        }

        if (position.SalienceRange is { } salience)
        {
            RequireOrderedRange(position, "salienceRange", salience);
            RequireWithin(position, "salienceRange", salience.Low, 0, 1, "salience");
            RequireWithin(position, "salienceRange", salience.High, 0, 1, "salience");
        }

        if (position.CapabilityRange is { } capability)
        {
            RequireOrderedRange(position, "capabilityRange", capability);
            if (capability.Low < 0)
            {
                Error(position, "capabilityRange", $"capability {Format(capability.Low)} is negative");
            }
        }
    }

    private void RequireOnScale(Located record, string field, double value, Issue issue, string what)
    {
        if (!issue.Scale.Contains(value))
        {
            Error(record, field, $"{what} {Format(value)} is outside the scale {Format(issue.Scale.Min)}..{Format(issue.Scale.Max)} of issue '{issue.Id}'");
        }
    }

    private void RequireOrderedRange(Located record, string field, Interval range)
    {
        if (range.Low > range.High)
        {
            Error(record, field, $"range [{Format(range.Low)}, {Format(range.High)}] is not ordered");
        }
    }
}
