namespace Statecraft.Bargaining.Tables;

/// <summary>An issue read from a CSV actor table, with the salience scale that was detected in it.</summary>
/// <param name="Issue">The actors, saliences on 0-1.</param>
/// <param name="Salience">Whether the file gave saliences on 0-1 or 0-100.</param>
public sealed record ActorTable(IssueTable Issue, SalienceScale Salience);
