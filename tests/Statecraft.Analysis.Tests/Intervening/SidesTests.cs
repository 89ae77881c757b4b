using Statecraft.Analysis.Intervening;
using Statecraft.Cases.Model;

namespace Statecraft.Analysis.Tests.Intervening;

/// <summary>A union as the focal side (its members with it, not third parties) and undirected ties (format version 2).</summary>
public class SidesTests
{
    private static readonly SyntheticCase.P[] Positions =
    [
        new("f-leader", "before", 40, 0.5, 0.5), new("p-old", "before", 90, 0.5, 0.5), new("t-leader", "before", 40, 0.5, 0.5),
        new("f-leader", "after", 40, 0.5, 0.5), new("p-new", "after", 90, 0.5, 0.5), new("t-leader", "after", 40, 0.5, 0.5),
    ];

    [Fact]
    public void UnionAsFocal_ItsMembersAndTheirPeople_AreOnItsSide()
    {
        // Given: a union of the focal state and the third state is the focal side.
        var c = SyntheticCase.Build(Positions);
        var union = new Actor { Id = "union", Kind = ActorKind.Organisation, Name = "Union", Members = ["AUS", "IDN"] };
        var view = new CaseView(c with { Focal = "union", Actors = [.. c.Actors, union] }, AnalysisOptions.Default);

        // Then
        view.OnFocalSide("t-leader").ShouldBeTrue("a member state's leader is on the union's side");
        view.IsThirdParty("t-leader").ShouldBeFalse();
        view.OnPartnerSide("p-new").ShouldBeTrue();
        new CaseView(c, AnalysisOptions.Default).IsThirdParty("t-leader").ShouldBeTrue("with a state as focal, the third state is a third party");
    }

    [Fact]
    public void UndirectedTie_WrittenFromThePartner_GivesTheFocalLeaderAccess()
    {
        // Given: the only tie is written from the partner's leader to the focal leader.
        var c = SyntheticCase.Build(Positions);
        var written = c with { Ties = [new Tie("p-new", "f-leader", 0.8, TieKind.Personal, null, new Provenance("s", null))] };
        var after = c.FindPeriod("after")!;

        static double AccessOf(Case c, Period p) => Access.Of(new CaseView(c, AnalysisOptions.Default), p, InterveningSwitches.All, AnalysisOptions.Default);

        // Then: directed, it gives no access from the focal side; undirected, it is the leaders' rapport.
        AccessOf(written, after).ShouldBe(0);
        AccessOf(written with { Ties = [written.Ties[0] with { Undirected = true }] }, after).ShouldBe(0.8, 1e-12);
    }
}
