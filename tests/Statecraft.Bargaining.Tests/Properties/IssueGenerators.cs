using FsCheck;
using FsCheck.Fluent;

namespace Statecraft.Bargaining.Tests.Properties;

/// <summary>FsCheck generators of random issue tables, and a runner that fails the calling test with the counter-example.</summary>
internal static class IssueGenerators
{
    /// <summary>1 to 12 actors with capabilities and saliences in (0, 1] and positions on a 0-100 grid of 0.1.</summary>
    public static Gen<IssueTable> Issues(int minActors = 1) =>
        Gen.Choose(minActors, 12).SelectMany(n => Gen.ListOf(Actor(), n)).Select(Build);

    /// <summary>Actors who all stand at one position.</summary>
    public static Gen<IssueTable> Agreeing() =>
        Gen.Choose(0, 1000).SelectMany(x => Gen.Choose(1, 12).SelectMany(n => Gen.ListOf(Actor(), n)).Select(a => Build([.. a.Select(b => b with { Position = x / 10.0 })])));

    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int tests = 100) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(Arb.From(gen), property));

    private static Gen<BargainingActor> Actor() =>
        Gen.Choose(1, 100).SelectMany(c => Gen.Choose(0, 1000).SelectMany(x => Gen.Choose(1, 100).Select(s => new BargainingActor("?", c / 100.0, x / 10.0, s / 100.0))));

    private static IssueTable Build(IReadOnlyList<BargainingActor> actors) =>
        new(actors.Select((a, i) => a with { Id = "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
}
