namespace Statecraft.Analysis.Intervening;

/// <summary>The domestic intervening variables the engine models, each of which a counterfactual can switch off (docs/model.md).</summary>
public enum InterveningVariable
{
    /// <summary>Leaders weight issues through their threat perceptions (Eq. A3).</summary>
    Perception,

    /// <summary>The personal tie between the focal and the partner's executives gives the focal leader access (Eq. A4).</summary>
    Rapport,

    /// <summary>Other lines into the partner's circle (ambassadors, advisers, family) add access (Eq. A4).</summary>
    Channels,

    /// <summary>Domestic groups and agencies bargain with their clout (Eq. A2).</summary>
    DomesticClout,

    /// <summary>Veto players slow or water down what bargaining produced (Eq. A11).</summary>
    VetoPlayers,
}

/// <summary>Which intervening variables act in a run; all do unless a counterfactual switches one off.</summary>
public sealed record InterveningSwitches(bool Perception = true, bool Rapport = true, bool Channels = true, bool DomesticClout = true, bool VetoPlayers = true)
{
    public static InterveningSwitches All { get; } = new();

    /// <summary>Every intervening variable off: the systemic reading alone.</summary>
    public static InterveningSwitches None { get; } = new(false, false, false, false, false);

    /// <summary>The switches with <paramref name="variable"/> off.</summary>
    public InterveningSwitches Without(InterveningVariable variable) => variable switch
    {
        InterveningVariable.Perception => this with { Perception = false },
        InterveningVariable.Rapport => this with { Rapport = false },
        InterveningVariable.Channels => this with { Channels = false },
        InterveningVariable.DomesticClout => this with { DomesticClout = false },
        InterveningVariable.VetoPlayers => this with { VetoPlayers = false },
        _ => throw new ArgumentOutOfRangeException(nameof(variable), variable, null),
    };

    /// <summary>The switches with neither rapport nor channels: the focal state has no access at all.</summary>
    public InterveningSwitches WithoutPersuasion => this with { Rapport = false, Channels = false };
}
