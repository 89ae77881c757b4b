namespace Statecraft.Store.Shocks;

/// <summary>Which monthly figure a shock analysis compares before and after the shock.</summary>
public enum ShockMeasure
{
    /// <summary>(verbal + material cooperation) - (verbal + material conflict) events; an empty month counts 0. The default.</summary>
    NetCooperation,

    /// <summary>Sum of Goldstein weights; an empty month counts 0.</summary>
    GoldsteinSum,

    /// <summary>Mean Goldstein weight; months without events are left out.</summary>
    GoldsteinMean,

    /// <summary>Number of events; an empty month counts 0.</summary>
    Events,
}
