using Statecraft.Cases.Model;
using Statecraft.Cases.Vocabulary;

namespace Statecraft.Analysis.Tests.Intervening;

/// <summary>Eq. A0: which office bargains for a state, decided by its form of government, never by a name.</summary>
public class ExecutiveTests
{
    private static readonly SyntheticCase.P[] Positions =
    [
        new("f-leader", "before", 40, 0.5, 0.5), new("p-old", "before", 90, 0.5, 0.5),
        new("f-leader", "after", 40, 0.5, 0.5), new("p-new", "after", 90, 0.5, 0.5),
    ];

    private static Role R(string title, string from, string? to = null, bool acting = false, params Suspension[] suspended) =>
        new(title, "NZL", PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to), false, new Provenance("s", null)) { Acting = acting, Suspended = suspended };

    /// <summary>The synthetic case with the partner's government set and extra office holders added.</summary>
    private static string? ExecutiveAfter(Government? government, params (string Id, Role Role)[] holders)
    {
        var c = SyntheticCase.Build(Positions);
        var actors = c.Actors.Select(a => a.Id == "NZL" ? a with { Government = government } : a)
            .Concat(holders.Select(h => new Actor { Id = h.Id, Kind = ActorKind.Person, Name = h.Id, State = "NZL", Roles = [h.Role] }))
            .ToList();
        var view = new CaseView(c with { Actors = actors }, AnalysisOptions.Default);
        return view.Executives[("NZL", "after")];
    }

    [Fact]
    public void Presidential_ThePresidentBargains_EvenWhenThePrimeMinisterHasMoreDays()
    {
        // Given: the partner's president takes office on 20 January; its prime minister (p-new) has held office since 1 January.
        var president = ("z-president", R("president", "2020-01-20"));

        ExecutiveAfter(Government.Presidential, president).ShouldBe("z-president");
        ExecutiveAfter(Government.SemiPresidential, president).ShouldBe("z-president");
        ExecutiveAfter(Government.Parliamentary, president).ShouldBe("p-new");
        ExecutiveAfter(null, president).ShouldBe("p-new", "without a government, most days decide (Eq. A0b)");
    }

    [Fact]
    public void WithoutGovernment_ATieOnDays_GoesToTheHigherTitle_NotToTheFirstName()
    {
        // Given: a president and a second prime minister with the same days as p-new; "a-..." would win alphabetically.
        var president = ("z-president", R("president", "2020-01-01"));

        ExecutiveAfter(null, president).ShouldBe("z-president");
    }

    [Fact]
    public void SuspendedPresident_TheActingPresidentBargains()
    {
        // Given: the president is suspended from March; the acting president holds the powers for the rest of the year.
        var suspended = ("a-president", R("president", "2019-06-01", suspended: new Suspension(PartialDate.Parse("2020-03-01"), null)));
        var acting = ("z-acting", R("president", "2020-03-01", acting: true));

        ExecutiveAfter(Government.Presidential, suspended, acting).ShouldBe("z-acting");
        ExecutiveAfter(Government.Presidential, suspended).ShouldBe("a-president", "a suspended holder still counts for the days before the suspension");
    }
}
